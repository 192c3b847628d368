// The shared FileStore suite on the local disk, in a temporary folder.
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { describeFileStore } from "./file-store.suite";
import { createDiskStore, PARTIAL_FOLDER, STALE_PARTIAL_MS } from "./disk-store";
import { newDocumentFileKey } from "./keys";
import { StoredObjectNotFoundError } from "./types";

describeFileStore("disk", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "hld-disk-store-"));
  return {
    store: createDiskStore(root),
    leftovers: async () => readdir(path.join(root, PARTIAL_FOLDER)).catch(() => []),
    close: () => rm(root, { recursive: true, force: true }),
  };
});

describe("disk store specifics", () => {
  it("removes temp files a crashed process left behind, but not a write still running", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "hld-disk-stale-"));
    try {
      const partialDir = path.join(root, PARTIAL_FOLDER);
      await mkdir(partialDir);
      await writeFile(path.join(partialDir, "crashed"), "half a file");
      const old = new Date(Date.now() - STALE_PARTIAL_MS - 60_000);
      await utimes(path.join(partialDir, "crashed"), old, old);
      await writeFile(path.join(partialDir, "running"), "in progress");

      await createDiskStore(root).put(newDocumentFileKey("doc1", "en"), Readable.from([Buffer.from("x")]), {
        contentType: "application/pdf",
        size: 1,
      });
      expect(await readdir(partialDir)).toEqual(["running"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it("does not serve a folder of objects as an object", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "hld-disk-folder-"));
    try {
      const store = createDiskStore(root);
      await store.put("documents/doc1/en/file", Readable.from([Buffer.from("x")]), { contentType: "application/pdf", size: 1 });
      await expect(store.get("documents/doc1")).rejects.toBeInstanceOf(StoredObjectNotFoundError);
      expect(await store.stat("documents/doc1")).toBeNull();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
