// Where the benchmark's server stores the upload: the local disk (DATA_DIR/files, the default) or
// an S3-compatible server, s3rver, started in the benchmark's own process, so that its memory is
// not counted as the portal's. Each answers how large the stored object is, to check the upload.
import { stat } from "node:fs/promises";
import path from "node:path";
import { createS3Store } from "@/lib/storage/s3-store";
import { startTestS3Server, TEST_S3_BUCKET, TEST_S3_CREDENTIALS } from "@/lib/storage/test-s3-server";

export type StoreKind = "disk" | "s3";

export interface BenchStore {
  kind: StoreKind;
  /** Settings for the server's environment (lib/env.ts). */
  env: Record<string, string>;
  /** How many bytes the store holds under `key`, or undefined when it holds nothing there. */
  sizeOf(key: string): Promise<number | undefined>;
  stop(): Promise<void>;
}

/** How many copies of the file may be on disk at once: the spooled temp file, plus the store's (s3rver keeps parts and the object). */
export function copiesOnDisk(kind: StoreKind): number {
  return kind === "s3" ? 3 : 2;
}

export async function startBenchStore(kind: StoreKind, dataDir: string): Promise<BenchStore> {
  if (kind === "disk") {
    return {
      kind,
      env: {},
      sizeOf: async (key) => (await stat(path.join(dataDir, "files", key)).catch(() => undefined))?.size,
      stop: async () => undefined,
    };
  }
  const server = await startTestS3Server();
  const settings = { bucket: TEST_S3_BUCKET, endpoint: server.endpoint, region: "us-east-1", forcePathStyle: true, credentials: TEST_S3_CREDENTIALS };
  const store = createS3Store(settings);
  return {
    kind,
    env: {
      STORAGE_S3_BUCKET: settings.bucket,
      STORAGE_S3_ENDPOINT: settings.endpoint,
      STORAGE_S3_REGION: settings.region,
      STORAGE_S3_FORCE_PATH_STYLE: "true",
      STORAGE_S3_ACCESS_KEY_ID: TEST_S3_CREDENTIALS.accessKeyId,
      STORAGE_S3_SECRET_ACCESS_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
    },
    sizeOf: async (key) => (await store.stat(key))?.size,
    stop: () => server.stop(),
  };
}
