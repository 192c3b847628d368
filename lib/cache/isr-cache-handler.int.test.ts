// The page cache handler against the installed Next: a 404 is served from memory and never
// written to disk, every other answer is written as Next writes it.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nodeFs } from "next/dist/server/lib/node-fs-methods";
import type { CachedRouteKind, IncrementalCacheValue } from "next/dist/server/response-cache/types";
import nextConfig from "@/next.config.js";
import IsrCacheHandler, { isNotFoundEntry } from "./isr-cache-handler.js";

let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), "hld-isr-cache-"));
});

afterAll(async () => {
  await rm(distDir, { recursive: true, force: true });
});

function handler(): IsrCacheHandler {
  return new IsrCacheHandler({ fs: nodeFs, serverDistDir: distDir, flushToDisk: true, maxMemoryCacheSize: 8 * 1024 * 1024, revalidatedTags: [], _requestHeaders: {} });
}

function page(status: number, title: string): IncrementalCacheValue {
  return {
    // The enum is const (type-only here); its value is the string itself.
    kind: "APP_PAGE" as CachedRouteKind.APP_PAGE,
    html: `<!DOCTYPE html><html lang="en"><title>${title}</title></html>`,
    rscData: Buffer.from(`0:["${title}"]`),
    headers: { "x-next-cache-tags": "_N_T_/layout" },
    postponed: undefined,
    status,
    segmentData: undefined,
  };
}

const setContext = { cacheControl: { revalidate: 300, expire: 3600 }, isRoutePPREnabled: false, isFallback: false } as never;
const getContext = { kind: "APP_PAGE", isRoutePPREnabled: false, isFallback: false } as never;

async function filesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

describe("the page cache handler", () => {
  it("keeps a 404 in memory and writes nothing to disk", async () => {
    const cache = handler();
    const key = "/en/meetings/made-up-slug-1";
    await cache.set(key, page(404, "Page not found"), setContext);
    expect(await filesUnder(path.join(distDir, "app", "en", "meetings"))).toEqual([]);
    const cached = await cache.get(key, getContext);
    expect(cached?.value).toMatchObject({ kind: "APP_PAGE", status: 404 });
  });

  it("writes a found page to disk as Next does, and flushes again after a 404", async () => {
    const cache = handler();
    await cache.set("/en/meetings/made-up-slug-2", page(404, "Page not found"), setContext);
    await cache.set("/en/meetings/a-real-meeting", page(200, "A real meeting"), setContext);
    const files = (await filesUnder(path.join(distDir, "app", "en", "meetings"))).map((file) => path.basename(file)).sort();
    expect(files).toEqual(["a-real-meeting.html", "a-real-meeting.meta", "a-real-meeting.rsc"]);
  });

  it("lets concurrent writes of a 404 and a page each go their own way", async () => {
    const cache = handler();
    await Promise.all([
      cache.set("/en/events/made-up-3", page(404, "Page not found"), setContext),
      cache.set("/en/events/hld-2013", page(200, "HLD 2013"), setContext),
      cache.set("/en/events/made-up-4", page(404, "Page not found"), setContext),
    ]);
    const files = (await filesUnder(path.join(distDir, "app", "en", "events"))).map((file) => path.basename(file)).sort();
    expect(files).toEqual(["hld-2013.html", "hld-2013.meta", "hld-2013.rsc"]);
  });

  it("recognises 404s of pages and route handlers only", () => {
    expect(isNotFoundEntry({ kind: "APP_PAGE", status: 404 })).toBe(true);
    expect(isNotFoundEntry({ kind: "APP_ROUTE", status: 404 })).toBe(true);
    expect(isNotFoundEntry({ kind: "APP_PAGE", status: 200 })).toBe(false);
    expect(isNotFoundEntry({ kind: "APP_PAGE", status: undefined })).toBe(false);
    expect(isNotFoundEntry({ kind: "FETCH", status: 404 })).toBe(false);
    expect(isNotFoundEntry(null)).toBe(false);
  });

  it("is the cache handler next.config.js gives Next", async () => {
    const configured = (nextConfig as { cacheHandler?: string }).cacheHandler;
    expect(configured).toBe(path.resolve("lib/cache/isr-cache-handler.js"));
    const loaded = (await import(/* @vite-ignore */ configured!)) as { default: unknown };
    expect(loaded.default).toBe(IsrCacheHandler);
  });
});
