// Some S3-compatible servers answer a Range request with more than was asked for: s3rver reads
// `bytes=0-0` as "from 0 to the end", and a server without range support sends the whole object.
// Passing such a body on would put the wrong bytes behind a 206's Content-Range, so the S3 store
// cuts the asked-for window out of whatever came back.
import { Transform, type Readable } from "node:stream";

/**
 * The `length` bytes that start `skip` bytes into `source`. Stops reading (and destroys the
 * source) once they have passed; fails if the source ends before.
 */
export function byteWindow(source: Readable, skip: number, length: number): Readable {
  let position = 0;
  let remaining = length;
  const window = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const from = Math.max(0, skip - position);
      position += chunk.length;
      if (remaining === 0 || from >= chunk.length) return callback();
      const piece = chunk.subarray(from, from + remaining);
      remaining -= piece.length;
      callback(null, piece);
      if (remaining === 0) {
        source.unpipe(window);
        source.destroy();
        window.end();
      }
    },
    flush(callback) {
      callback(remaining === 0 ? null : new Error("The stored object ended before the requested range"));
    },
  });
  source.on("error", (error) => window.destroy(error));
  // A consumer that gives up early destroys the window; the source must go with it.
  window.on("close", () => source.destroy());
  return source.pipe(window);
}
