// The shared FileStore suite on S3, against a real S3-compatible server run in-process.
//
// Why s3rver (3.7.1): of the S3-compatible servers on npm it is the one that is pure JavaScript
// (no Docker, no JVM, no binary download, which these machines cannot do), widely used, and it
// speaks the parts of the protocol this store uses: PutObject, multipart upload
// (Create/UploadPart/Complete), GetObject with Range, HeadObject, DeleteObject, with SigV4
// signatures checked. Checked on Node 20 with AWS SDK v3 3.1169: works once the SDK's default
// CRC32 checksums are limited to WHEN_REQUIRED (as the store does for every S3-compatible server).
// Its gaps: no AbortMultipartUpload nor ListMultipartUploads (both answer an error), so the
// suite can check that a failed upload leaves no visible object, but not that its parts were
// removed; against AWS, lib-storage's abort does that. It is no longer actively developed; MinIO
// or LocalStack would cover more, but neither ships as an npm package that runs without Docker.
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFileStore } from "./file-store.suite";
import { newDocumentFileKey } from "./keys";
import { createS3Store, type S3StoreOptions } from "./s3-store";

const BUCKET = "hld-test";
// s3rver's fixed development credentials; it verifies request signatures against them.
const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

async function startS3rver(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
  const directory = await mkdtemp(path.join(tmpdir(), "hld-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

function storeOptions(endpoint: string, prefix?: string): S3StoreOptions {
  return { bucket: BUCKET, endpoint, forcePathStyle: true, credentials, prefix };
}

describeFileStore("s3 (s3rver)", async () => {
  const server = await startS3rver();
  return { store: createS3Store(storeOptions(server.endpoint, "portal-a")), close: server.stop };
});

describe("S3 store specifics", () => {
  let server: Awaited<ReturnType<typeof startS3rver>>;
  beforeAll(async () => {
    server = await startS3rver();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps each portal's objects under its own key prefix", async () => {
    const store = createS3Store(storeOptions(server.endpoint, "/portal-b/"));
    const key = newDocumentFileKey("doc1", "es");
    await store.put(key, Readable.from([Buffer.from("hola")]), { contentType: "application/pdf", size: 4 });

    const client = new S3Client({ region: "us-east-1", endpoint: server.endpoint, forcePathStyle: true, credentials });
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `portal-b/${key}` }));
    expect(head.ContentLength).toBe(4);
    expect(head.ContentType).toBe("application/pdf");
    // The same key without the prefix belongs to another portal and does not see the object.
    expect(await createS3Store(storeOptions(server.endpoint)).stat(key)).toBeNull();
    client.destroy();
  });
});
