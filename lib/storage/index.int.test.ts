// fileStore()'s choice between disk and S3, from settings as lib/env.ts parses them.
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { createFileStoreFromSettings, newDocumentFileKey } from "./index";
import { startTestS3Server, TEST_S3_BUCKET, TEST_S3_CREDENTIALS, type TestS3Server } from "./test-s3-server";

const body = () => Readable.from([Buffer.from("%PDF-1.7 test")]);
const putOptions = { contentType: "application/pdf", size: 13 };

describe("createFileStoreFromSettings", () => {
  let dataDir: string;
  let s3: TestS3Server;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), "hld-store-choice-"));
    s3 = await startTestS3Server();
  });
  afterAll(async () => {
    await s3?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("stores on disk under DATA_DIR/files when no bucket is set", async () => {
    const store = createFileStoreFromSettings(readEnv({ NODE_ENV: "test", DATA_DIR: dataDir, STORAGE_S3_BUCKET: "" }));
    expect(store.kind).toBe("disk");
    const key = newDocumentFileKey("doc1", "en");
    await store.put(key, body(), putOptions);
    expect(await readFile(path.join(dataDir, "files", key), "utf8")).toBe("%PDF-1.7 test");
  });

  it("stores in the bucket, under the prefix, when STORAGE_S3_BUCKET is set", async () => {
    const store = createFileStoreFromSettings(
      readEnv({
        NODE_ENV: "test",
        DATA_DIR: dataDir,
        STORAGE_S3_BUCKET: TEST_S3_BUCKET,
        STORAGE_S3_ENDPOINT: s3.endpoint,
        STORAGE_S3_FORCE_PATH_STYLE: "true",
        STORAGE_S3_ACCESS_KEY_ID: TEST_S3_CREDENTIALS.accessKeyId,
        STORAGE_S3_SECRET_ACCESS_KEY: TEST_S3_CREDENTIALS.secretAccessKey,
        STORAGE_S3_PREFIX: "portal",
      }),
    );
    expect(store.kind).toBe("s3");
    const key = newDocumentFileKey("doc1", "ar");
    await store.put(key, body(), putOptions);
    const client = new S3Client({ region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true, credentials: TEST_S3_CREDENTIALS });
    const head = await client.send(new HeadObjectCommand({ Bucket: TEST_S3_BUCKET, Key: `portal/${key}` }));
    expect(head.ContentLength).toBe(13);
    client.destroy();
  });
});
