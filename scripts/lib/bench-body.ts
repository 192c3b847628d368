// The upload benchmark's request: one multipart/form-data body with a single `file` part holding
// a PDF of exactly `fileSize` bytes, generated while it is sent (the benchmark must not hold the
// gigabyte either) and hashed on the way, so the server's sha256 can be checked against it.
import { createHash, randomBytes } from "node:crypto";
import { once } from "node:events";
import { request, type IncomingMessage } from "node:http";

const PDF_HEADER = Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1");
const PDF_TRAILER = Buffer.from("\n%%EOF\n", "latin1");
/** One filler block, written again and again: generating fresh random bytes would cost the CPU the server needs. */
const BLOCK_BYTES = 1024 * 1024;

export interface UploadTarget {
  host: string;
  port: number;
  path: string;
  /** Extra request headers (Cookie, Origin). */
  headers: Record<string, string>;
}

export interface UploadResult {
  status: number;
  body: string;
  /** sha256 (hex) of the file part as sent. */
  sha256: string;
  /** Time from the first byte sent to the end of the answer. */
  ms: number;
}

/** The smallest file this generator can make: header and trailer. */
export const MIN_PDF_BYTES = PDF_HEADER.length + PDF_TRAILER.length;

/** The PDF's bytes, in chunks of at most BLOCK_BYTES, totalling exactly `fileSize`. */
function* pdfChunks(fileSize: number, block: Buffer): Generator<Buffer> {
  yield PDF_HEADER;
  let remaining = fileSize - PDF_HEADER.length - PDF_TRAILER.length;
  while (remaining > 0) {
    const chunk = remaining >= block.length ? block : block.subarray(0, remaining);
    remaining -= chunk.length;
    yield chunk;
  }
  yield PDF_TRAILER;
}

/** Sends the upload with Content-Length (as browsers do) and waits for the whole answer. */
export async function uploadPdf(target: UploadTarget, fileSize: number, fileName: string): Promise<UploadResult> {
  if (fileSize < MIN_PDF_BYTES) throw new Error(`The file must be at least ${MIN_PDF_BYTES} bytes.`);
  const boundary = `----hld-bench-${randomBytes(12).toString("hex")}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`,
    "latin1",
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, "latin1");
  const block = randomBytes(BLOCK_BYTES);
  const hash = createHash("sha256");

  const started = performance.now();
  const req = request({
    host: target.host,
    port: target.port,
    path: target.path,
    method: "POST",
    headers: {
      ...target.headers,
      "Content-Type": `multipart/form-data; boundary=${boundary}`,
      "Content-Length": String(head.length + fileSize + tail.length),
    },
  });
  const answered = new Promise<IncomingMessage>((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
  });
  // A server that answers early (a refusal) stops reading: stop writing too instead of waiting
  // for a drain that never comes.
  let refusedEarly = false;
  void answered.then(
    () => (refusedEarly = true),
    () => (refusedEarly = true),
  );

  const write = async (chunk: Buffer) => {
    if (!req.write(chunk)) await Promise.race([once(req, "drain"), answered]);
  };
  await write(head);
  for (const chunk of pdfChunks(fileSize, block)) {
    if (refusedEarly) break;
    hash.update(chunk);
    await write(chunk);
  }
  if (!refusedEarly) await write(tail);
  req.end();

  const response = await answered;
  const parts: Buffer[] = [];
  for await (const part of response) parts.push(part as Buffer);
  return {
    status: response.statusCode ?? 0,
    body: Buffer.concat(parts).toString("utf8"),
    sha256: hash.digest("hex"),
    ms: performance.now() - started,
  };
}
