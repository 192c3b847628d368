import { randomUUID, createHash } from "node:crypto";
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy, { type Busboy, type FileInfo } from "busboy";
import { tooLargeMessage, UploadRejectedError } from "./errors";

// Streams the single `file` part of a multipart upload to a private temp file while hashing it.
// request.formData() would hold the whole file in memory; here memory stays at a few stream
// buffers whatever the size, and backpressure flows from the disk back to the client's socket.

export type SpooledUpload = {
  /** The name the browser sent: untrusted, for display after lib/uploads/file-name.ts. */
  clientName: string;
  /** The type the browser claimed: untrusted, never stored (lib/uploads/inspect.ts decides). */
  clientType: string;
  tempPath: string;
  size: number;
  sha256: string;
  /** Removes the temp file; call it once the file is stored (or refused). */
  cleanup(): Promise<void>;
};

export type SpoolOptions = { maxBytes: number; tempDir: string };

export const FILE_FIELD = "file";
// Boundaries, part headers and the few small fields a form adds around the file.
const MULTIPART_OVERHEAD_BYTES = 256 * 1024;

const BUSBOY_LIMITS = {
  files: 1,
  fields: 10,
  fieldSize: 1024,
  fieldNameSize: 100,
  parts: 12,
  headerPairs: 20,
};

function tooLarge(maxBytes: number): UploadRejectedError {
  return new UploadRejectedError("too-large", tooLargeMessage(maxBytes));
}

function aborted(): UploadRejectedError {
  return new UploadRejectedError("aborted", "The upload was interrupted before the whole file arrived. Please try again.");
}

function badRequest(message = "The upload could not be read. Send the file from the upload form."): UploadRejectedError {
  return new UploadRejectedError("bad-request", message);
}

function checkHeaders(request: Request, maxBytes: number): string {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    throw badRequest("The upload must be sent as a form (multipart/form-data) with the file in a field named “file”.");
  }
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge(maxBytes);
  return contentType;
}

/**
 * Spools the `file` part of `request` into a new temp file in `tempDir` (mode 600, random name).
 * Rejects with UploadRejectedError (too-large, empty, no-file, bad-request, aborted) — or with the
 * file system's own error when the server cannot write — after removing whatever it wrote; on
 * success the caller owns the file and calls `cleanup()`.
 */
export async function spoolUpload(request: Request, { maxBytes, tempDir }: SpoolOptions): Promise<SpooledUpload> {
  const contentType = checkHeaders(request, maxBytes);
  if (!request.body) throw new UploadRejectedError("no-file", "No file was sent.");

  let parser: Busboy;
  try {
    // utf8 for names: busboy's default (latin1) would garble Arabic, Chinese and accented names.
    parser = busboy({ headers: { "content-type": contentType }, limits: { ...BUSBOY_LIMITS, fileSize: maxBytes }, defParamCharset: "utf8" });
  } catch {
    throw badRequest();
  }

  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  // The client's name never reaches the file system.
  const tempPath = join(tempDir, `upload-${randomUUID()}`);
  const output = createWriteStream(tempPath, { flags: "wx", mode: 0o600 });
  // Opened before any byte is read, so removing the file on failure can never race its creation.
  await new Promise<void>((resolve, reject) => {
    output.once("open", () => resolve());
    output.once("error", reject);
  });

  const source = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
  return receive({ request, source, parser, output, tempPath, maxBytes });
}

type Receiving = { request: Request; source: Readable; parser: Busboy; output: WriteStream; tempPath: string; maxBytes: number };

function receive({ request, source, parser, output, tempPath, maxBytes }: Receiving): Promise<SpooledUpload> {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    let size = 0;
    let fileInfo: FileInfo | undefined;
    let fileDone: Promise<void> | undefined;
    let settled = false;
    let diskError: Error | undefined;

    const removeFile = async () => {
      output.destroy();
      await rm(tempPath, { force: true });
    };

    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      parser.removeAllListeners("file");
      // Swallow late errors from the torn-down streams: the upload already has its answer.
      parser.on("error", () => undefined);
      source.on("error", () => undefined);
      void removeFile().then(
        () => reject(error),
        () => reject(error),
      );
    };

    const succeed = () => {
      if (settled) return;
      if (!fileInfo || !fileDone) return fail(new UploadRejectedError("no-file", "No file was sent. Choose a file and try again."));
      fileDone.then(() => {
        if (settled) return;
        if (size === 0) return fail(new UploadRejectedError("empty", "The file is empty."));
        settled = true;
        resolve({
          clientName: fileInfo?.filename ?? "",
          clientType: fileInfo?.mimeType ?? "",
          tempPath,
          size,
          sha256: hash.digest("hex"),
          cleanup: () => rm(tempPath, { force: true }),
        });
      }, () => fail(diskError ?? aborted()));
    };

    parser.on("file", (field, stream, info) => {
      if (field !== FILE_FIELD || fileInfo) return void stream.resume();
      fileInfo = info;
      stream.once("limit", () => fail(tooLarge(maxBytes)));
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      // A disk error (full, unwritable) is ours, not the client's: it rejects as itself (a 500).
      output.once("error", (error) => (diskError = error));
      fileDone = pipeline(stream, measure, output);
      fileDone.catch(() => fail(diskError ?? aborted()));
    });
    parser.once("close", succeed);
    parser.on("error", (error: Error) => fail(/unexpected end/i.test(error.message) ? aborted() : badRequest()));
    source.on("error", () => fail(aborted()));
    request.signal?.addEventListener("abort", () => fail(aborted()), { once: true });
    source.pipe(parser);
  });
}
