import { describe, expect, it, vi } from "vitest";
import { createCacheWatcher } from "./cache-watcher";

function setup(revisions: number[]) {
  const readRevision = vi.fn(async () => revisions.shift() ?? 0);
  const revalidate = vi.fn(async () => undefined);
  return { check: createCacheWatcher({ readRevision, revalidate }), revalidate };
}

describe("createCacheWatcher", () => {
  it("revalidates on the first check, when the revision moves and once more after a move", async () => {
    const { check, revalidate } = setup([4, 4, 5, 5, 5]);
    expect(await check()).toBe("revalidated"); // start-up: disk cache may predate changes
    expect(await check()).toBe("unchanged");
    expect(await check()).toBe("revalidated"); // moved
    expect(await check()).toBe("revalidated"); // settles renders begun before the change
    expect(await check()).toBe("unchanged");
    expect(revalidate).toHaveBeenCalledTimes(3);
  });

  it("retries on the next check when revalidation failed", async () => {
    const { check, revalidate } = setup([1, 2, 2, 2, 2]);
    await check();
    revalidate.mockRejectedValueOnce(new Error("server busy"));
    await expect(check()).rejects.toThrow("server busy");
    expect(await check()).toBe("revalidated");
  });
});
