// The shared FileStore suite on S3, against a real S3-compatible server run in-process.
//
// The server is s3rver, started in-process on a free port (see test-s3-server.ts for why).
import { HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeFileStore } from "./file-store.suite";
import { newDocumentFileKey } from "./keys";
import { createS3Store, type S3StoreOptions } from "./s3-store";
import { startTestS3Server, TEST_S3_BUCKET as BUCKET, TEST_S3_CREDENTIALS as credentials, type TestS3Server } from "./test-s3-server";

function storeOptions(endpoint: string, prefix?: string): S3StoreOptions {
  return { bucket: BUCKET, endpoint, forcePathStyle: true, credentials, prefix };
}

describeFileStore("s3 (s3rver)", async () => {
  const server = await startTestS3Server();
  return { store: createS3Store(storeOptions(server.endpoint, "portal-a")), close: server.stop };
});

describe("S3 store specifics", () => {
  let server: TestS3Server;
  beforeAll(async () => {
    server = await startTestS3Server();
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
