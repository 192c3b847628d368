// Files in an S3-compatible bucket (AWS SDK v3). Keys are validated like the disk store's and put
// under an optional prefix, so several portals can share one bucket.
//
// Uploads stream through @aws-sdk/lib-storage's Upload: one PutObject for small bodies, a
// multipart upload otherwise, holding a few parts in memory at a time whatever the file's size.
// An object only becomes visible on the final PutObject or CompleteMultipartUpload, which never
// happens for a body that fails or has the wrong length (exact-size.ts fails the stream before
// its end); a started multipart upload is then aborted (leavePartsOnError: false). Should that
// abort itself fail, the parts stay invisible but billable: a bucket lifecycle rule
// "AbortIncompleteMultipartUpload" is the usual backstop.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { Readable } from "node:stream";
import { byteWindow } from "./byte-window";
import { assertValidSize, exactSize } from "./exact-size";
import { assertValidStorageKey } from "./keys";
import { assertValidRange } from "./range";
import { StoredObjectNotFoundError, type ByteRange, type FileStore, type PutOptions, type StoredObjectInfo } from "./types";

/**
 * S3's minimum part size, so memory stays as low as the protocol allows; 10 GiB (UPLOAD_MAX_BYTES'
 * ceiling) is still only 2,048 of the 10,000 parts allowed. Measured with a 1 GiB upload to
 * s3rver: peak RSS growth about 60 MB with 5 MiB parts, 75 MB with 8 MiB (lib-storage copies each
 * part once more while assembling it), the same for 128 MiB, so it does not grow with the file.
 */
const PART_SIZE = 5 * 1024 * 1024;
const QUEUE_SIZE = 2;

export interface S3StoreOptions {
  bucket: string;
  /** Defaults to the SDK's chain (AWS_REGION, profile), or us-east-1 with a custom endpoint. */
  region?: string;
  /** For S3-compatible servers; AWS itself when absent. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Prepended to every key, e.g. "hld-portal" → "hld-portal/documents/…". */
  prefix?: string;
  /** Static credentials; when absent the SDK's default chain (env, profile, instance role) applies. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function createS3Store(options: S3StoreOptions): FileStore {
  const client = new S3Client({
    region: options.region ?? (options.endpoint ? "us-east-1" : undefined),
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials: options.credentials,
    // Since 2025 the SDK adds CRC32 checksums (and chunked trailers) to every upload by default,
    // which many S3-compatible servers reject or ignore; only send them where S3 requires them.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const bucket = options.bucket;
  const prefix = options.prefix ? `${options.prefix.replace(/^\/+|\/+$/g, "")}/` : "";

  function objectKey(key: string): string {
    assertValidStorageKey(key);
    return prefix + key;
  }

  return {
    kind: "s3",

    async put(key: string, body: Readable, putOptions: PutOptions): Promise<void> {
      const Key = objectKey(key);
      assertValidSize(putOptions.size);
      const counted = exactSize(putOptions.size);
      // The body's own failure is remembered so that put rejects with it, rather than with an
      // error of the clean-up (some S3-compatible servers do not implement AbortMultipartUpload).
      let bodyFailure: unknown;
      const fail = (error: unknown) => {
        bodyFailure ??= error;
        counted.destroy(error instanceof Error ? error : new Error(String(error)));
      };
      body.on("error", fail);
      body.on("close", () => {
        if (!body.readableEnded) fail(new Error("The upload body was closed before its end"));
      });
      counted.on("error", (error) => {
        bodyFailure ??= error;
      });
      body.pipe(counted);

      const upload = new Upload({
        client,
        params: { Bucket: bucket, Key, Body: counted, ContentType: putOptions.contentType },
        partSize: PART_SIZE,
        queueSize: QUEUE_SIZE,
        leavePartsOnError: false,
      });
      try {
        await upload.done();
      } catch (error) {
        const cause = bodyFailure ?? error;
        body.destroy();
        counted.destroy();
        throw cause;
      }
    },

    async get(key: string, range?: ByteRange): Promise<Readable> {
      const Key = objectKey(key);
      if (range) assertValidRange(range);
      try {
        const result = await client.send(
          new GetObjectCommand({ Bucket: bucket, Key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }),
        );
        if (!(result.Body instanceof Readable)) throw new Error("S3 response body is not a Node stream");
        if (!range) return result.Body;
        const wanted = `bytes ${range.start}-${range.end}/`;
        if (result.ContentRange?.startsWith(wanted)) return result.Body;
        // More than the range came back (see byte-window.ts): keep only the asked-for bytes.
        const offset = bodyOffset(result.ContentRange);
        if (offset === null || offset > range.start) throw new Error("S3 answered a different byte range than requested");
        return byteWindow(result.Body, range.start - offset, range.end - range.start + 1);
      } catch (error) {
        if (isNotFound(error)) throw new StoredObjectNotFoundError(key);
        throw error;
      }
    },

    async stat(key: string): Promise<StoredObjectInfo | null> {
      const Key = objectKey(key);
      try {
        const result = await client.send(new HeadObjectCommand({ Bucket: bucket, Key }));
        return { size: result.ContentLength ?? 0 };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key: string): Promise<void> {
      const Key = objectKey(key);
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key }));
      } catch (error) {
        // S3 answers 204 for a missing key; some compatible servers answer 404 instead.
        if (!isNotFound(error)) throw error;
      }
    },
  };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404)
  );
}

/** Where the returned body starts in the object: 0 for a whole object, else from Content-Range. */
function bodyOffset(contentRange: string | undefined): number | null {
  if (!contentRange) return 0;
  const match = /^bytes (\d+)-\d+\/(?:\d+|\*)$/.exec(contentRange);
  return match ? Number(match[1]) : null;
}
