import { afterEach, describe, expect, it, vi } from "vitest";
import { startLoop } from "./loop";

afterEach(() => vi.useRealTimers());

describe("startLoop", () => {
  it("ticks at once and then every interval, logs a failing tick and carries on, stops on request", async () => {
    vi.useFakeTimers();
    const log = { error: vi.fn() };
    let ticks = 0;
    const loop = startLoop(
      "test",
      1000,
      async () => {
        ticks += 1;
        if (ticks === 2) throw new Error("database unreachable");
      },
      log,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(ticks).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ticks).toBe(2);
    expect(log.error).toHaveBeenCalledWith("Background job failed; it will run again", expect.objectContaining({ job: "test" }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(ticks).toBe(3);
    await loop.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(ticks).toBe(3);
  });

  it("never runs two ticks at once; runNow during a tick runs one more right after", async () => {
    vi.useFakeTimers();
    let active = 0;
    let maxActive = 0;
    let ticks = 0;
    const loop = startLoop("test", 60_000, async () => {
      ticks += 1;
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 100));
      active -= 1;
    });
    await vi.advanceTimersByTimeAsync(10);
    loop.runNow();
    loop.runNow();
    await vi.advanceTimersByTimeAsync(300);
    expect(ticks).toBe(2);
    expect(maxActive).toBe(1);
    await loop.stop();
  });
});
