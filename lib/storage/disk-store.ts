// Files on the local disk, under <root> (DATA_DIR/files in production). A key maps to the
// relative path of the same name; keys are validated (lib/storage/keys.ts) and the resolved path
// is checked to stay under the root, so no key can reach outside it.
//
// Writes are atomic: the body goes to a temp file in <root>/.partial (same file system, so the
// final rename cannot turn into a copy), is flushed to disk, and only then renamed into place. A reader
// therefore sees either nothing or the whole object, also after a crash.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertValidSize, exactSize } from "./exact-size";
import { assertValidStorageKey } from "./keys";
import { assertValidRange } from "./range";
import { StoredObjectNotFoundError, type ByteRange, type FileStore, type PutOptions, type StoredObjectInfo } from "./types";

/** Folder for unfinished writes; keys cannot contain dots, so no key can name it. */
export const PARTIAL_FOLDER = ".partial";
/**
 * A temp file this old belongs to a write whose process died (a crash or SIGKILL skips the
 * clean-up below). Much longer than any upload can take, so a write of another instance sharing
 * DATA_DIR is never removed while it runs.
 */
export const STALE_PARTIAL_MS = 24 * 60 * 60 * 1000;

export function createDiskStore(root: string): FileStore {
  const base = path.resolve(root);
  const partialDir = path.join(base, PARTIAL_FOLDER);
  let swept: Promise<void> | undefined;

  function objectPath(key: string): string {
    assertValidStorageKey(key);
    const resolved = path.resolve(base, key);
    // Redundant with the key grammar; kept so a future loosening of the grammar cannot open a hole.
    if (!resolved.startsWith(base + path.sep)) throw new Error("Storage key resolves outside the store");
    return resolved;
  }

  return {
    kind: "disk",

    async put(key: string, body: Readable, options: PutOptions): Promise<void> {
      const target = objectPath(key);
      assertValidSize(options.size);
      await mkdir(partialDir, { recursive: true });
      swept ??= removeStalePartials(partialDir);
      await swept;
      const tempPath = path.join(partialDir, randomUUID());
      try {
        // flush: fsync before close, so the rename never publishes a file whose bytes are not on disk.
        await pipeline(body, exactSize(options.size), createWriteStream(tempPath, { flags: "wx", flush: true }));
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tempPath, target);
      } catch (error) {
        body.destroy();
        await rm(tempPath, { force: true });
        throw error;
      }
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      const file = objectPath(key);
      if (range) assertValidRange(range);
      // Opening first (instead of stat, then read) turns a missing file into a clean rejection
      // here, rather than an error event on a stream that the caller already started to send.
      const handle = await open(file, "r").catch((error: unknown) => {
        throw isMissing(error) ? new StoredObjectNotFoundError(key) : error;
      });
      if (!(await handle.stat()).isFile()) {
        // A key that names a folder of other keys (e.g. "documents") is not an object.
        await handle.close();
        throw new StoredObjectNotFoundError(key);
      }
      return handle.createReadStream(range ? { start: range.start, end: range.end } : {});
    },

    async stat(key: string): Promise<StoredObjectInfo | null> {
      const file = objectPath(key);
      try {
        const info = await stat(file);
        return info.isFile() ? { size: info.size } : null;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      // Empty parent folders are left behind on purpose: removing them could race with a put
      // into the same folder (mkdir, then rename) and they cost nothing.
      await rm(objectPath(key), { force: true });
    },
  };
}

/** Best effort, once per process: a failure here must not fail the upload that triggered it. */
async function removeStalePartials(partialDir: string): Promise<void> {
  try {
    const cutoff = Date.now() - STALE_PARTIAL_MS;
    for (const name of await readdir(partialDir)) {
      const file = path.join(partialDir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  } catch {
    // The next process start tries again.
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}
