// A real S3-compatible server for the integration tests, started in-process on a free port with
// its data in a temporary folder.
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
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";

export const TEST_S3_BUCKET = "hld-test";
/** s3rver's fixed development credentials; it verifies request signatures against them. */
export const TEST_S3_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

export interface TestS3Server {
  endpoint: string;
  stop(): Promise<void>;
}

export async function startTestS3Server(): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), "hld-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: TEST_S3_BUCKET, configs: [] }],
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
