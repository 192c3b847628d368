// The file store of this process: S3-compatible storage when STORAGE_S3_BUCKET is set, else the
// local disk under DATA_DIR/files. Chosen once per process (the S3 client keeps a connection pool).
import path from "node:path";
import { env, type Env } from "@/lib/env";
import { createDiskStore } from "./disk-store";
import { createS3Store } from "./s3-store";
import type { FileStore } from "./types";

export { createDiskStore } from "./disk-store";
export { createS3Store, type S3StoreOptions } from "./s3-store";
export { isValidStorageKey, newDocumentFileKey, InvalidStorageKeyError } from "./keys";
export { SizeMismatchError } from "./exact-size";
export { StoredObjectNotFoundError, type ByteRange, type FileStore, type PutOptions, type StoredObjectInfo } from "./types";

// On globalThis so that Next's dev-mode module reloading does not create a new S3 client per edit.
const holder = globalThis as typeof globalThis & { __hldFileStore?: FileStore };

export function fileStore(): FileStore {
  holder.__hldFileStore ??= createFileStoreFromSettings(env());
  return holder.__hldFileStore;
}

/** The store the settings describe (exported for tests, which pass their own settings). */
export function createFileStoreFromSettings(settings: Env): FileStore {
  if (settings.STORAGE_S3_BUCKET) {
    return createS3Store({
      bucket: settings.STORAGE_S3_BUCKET,
      region: settings.STORAGE_S3_REGION,
      endpoint: settings.STORAGE_S3_ENDPOINT,
      forcePathStyle: settings.STORAGE_S3_FORCE_PATH_STYLE,
      prefix: settings.STORAGE_S3_PREFIX,
      credentials:
        settings.STORAGE_S3_ACCESS_KEY_ID && settings.STORAGE_S3_SECRET_ACCESS_KEY
          ? { accessKeyId: settings.STORAGE_S3_ACCESS_KEY_ID, secretAccessKey: settings.STORAGE_S3_SECRET_ACCESS_KEY }
          : undefined,
    });
  }
  return createDiskStore(path.resolve(settings.DATA_DIR ?? "./data", "files"));
}
