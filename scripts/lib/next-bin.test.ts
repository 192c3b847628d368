import { describe, expect, it } from "vitest";
import { KEEP_ALIVE_TIMEOUT_MS, nextStartArgs } from "./next-bin";

describe("nextStartArgs", () => {
  it("starts Next on the given address with idle connections kept longer than a load balancer keeps them", () => {
    const args = nextStartArgs(process.cwd(), "127.0.0.1", 3100);
    expect(args[0]).toMatch(/next[\\/]dist[\\/]bin[\\/]next$/u);
    expect(args.slice(1)).toEqual(["start", "-H", "127.0.0.1", "-p", "3100", "--keepAliveTimeout", String(KEEP_ALIVE_TIMEOUT_MS)]);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  });
});
