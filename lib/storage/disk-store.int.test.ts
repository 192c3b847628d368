// The shared FileStore suite on the local disk, in a temporary folder.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describeFileStore } from "./file-store.suite";
import { createDiskStore, PARTIAL_FOLDER } from "./disk-store";

describeFileStore("disk", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "hld-disk-store-"));
  return {
    store: createDiskStore(root),
    leftovers: async () => readdir(path.join(root, PARTIAL_FOLDER)).catch(() => []),
    close: () => rm(root, { recursive: true, force: true }),
  };
});
