// @ts-check
// Next's page cache (ISR), unchanged except for one thing: a 404 is kept in memory only, never
// written to disk.
//
// Why: pages with a slug in their address (/en/meetings/{slug}, /en/events/{slug},
// /en/documents/symbol/{…}, the library's filter paths) are rendered on their first request and
// cached. Next 16 caches a notFound() answer the same way, and writes it to disk under the address
// asked for (about 60 KB in 7 files per address), where nothing ever deletes it
// (vercel/next.js#73101, #96581). Anyone requesting made-up slugs in a loop could fill the disk.
// Kept in Next's memory cache instead, a 404 still answers repeated requests for the same dead
// link from cache, and that cache has a fixed size (cacheMaxMemorySize, least recently used out).
//
// Plain JavaScript, not TypeScript: Next loads this file at run time with import(), unbundled, in
// every server process (next.config.js `cacheHandler`). It extends Next's own file-system cache,
// whose module path is internal; lib/cache/isr-cache-handler.int.test.ts checks it against the
// installed Next, so an upgrade that moves or changes it fails the tests, not production.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

/** @typedef {import("next/dist/server/lib/incremental-cache/file-system-cache").default} FileSystemCache */
// A CommonJS module: under Node's ESM loader its exports object is the default import.
/** @type {typeof import("next/dist/server/lib/incremental-cache/file-system-cache").default} */
const FileSystemCacheClass = /** @type {any} */ (fileSystemCache).default ?? fileSystemCache;

/** Cached answers of App Router pages and route handlers whose status is 404. */
export function isNotFoundEntry(/** @type {unknown} */ data) {
  if (typeof data !== "object" || data === null) return false;
  const entry = /** @type {{ kind?: unknown, status?: unknown }} */ (data);
  return (entry.kind === "APP_PAGE" || entry.kind === "APP_ROUTE") && entry.status === 404;
}

export default class IsrCacheHandler extends FileSystemCacheClass {
  /**
   * @override
   * @type {FileSystemCache["set"]}
   */
  set(key, data, ctx) {
    // flushToDisk, the constructor's option, is private in Next's types.
    if (!isNotFoundEntry(data) || Reflect.get(this, "flushToDisk") !== true) return super.set(key, data, ctx);
    // FileSystemCache.set stores the entry in memory, then reads flushToDisk before its first
    // await: switching it off around that synchronous start leaves concurrent sets unaffected.
    Reflect.set(this, "flushToDisk", false);
    try {
      return super.set(key, data, ctx);
    } finally {
      Reflect.set(this, "flushToDisk", true);
    }
  }
}
