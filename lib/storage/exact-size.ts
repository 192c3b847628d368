// Both stores pass the body through this counter before it reaches the disk or S3. It fails the
// stream itself (instead of checking afterwards) so the consumer never sees a clean end of a body
// whose length is wrong: the disk store never renames the temp file, and the S3 upload never
// sends its final PutObject or CompleteMultipartUpload.
import { Transform, type TransformCallback } from "node:stream";

export class SizeMismatchError extends Error {
  constructor(
    readonly expected: number,
    readonly received: number,
    readonly overrun: boolean,
  ) {
    super(overrun ? `Body is longer than the declared ${expected} bytes` : `Body ended after ${received} of ${expected} bytes`);
    this.name = "SizeMismatchError";
  }
}

export function assertValidSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError("size must be a non-negative integer");
}

/** A pass-through that errors as soon as more than `size` bytes arrive, or at the end when fewer did. */
export function exactSize(size: number): Transform {
  let received = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      received += chunk.length;
      if (received > size) callback(new SizeMismatchError(size, received, true));
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(received === size ? null : new SizeMismatchError(size, received, false));
    },
  });
}
