// Serves one stored file over HTTP (GET and HEAD) with the validators and ranges browsers,
// download managers and caches rely on (RFC 9110): a strong ETag from the content's sha256,
// If-None-Match / If-Modified-Since → 304, a single byte range → 206 (honouring If-Range),
// an unsatisfiable range → 416. The body is streamed from the store, never buffered.
//
// Several ranges in one request are answered with the whole file (200), which RFC 9110 §14.2
// allows; multipart/byteranges responses are rare in practice and easy to get wrong.
import contentDisposition from "content-disposition";
import parseRange from "range-parser";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import type { ByteRange, FileStore } from "@/lib/storage/types";

/** Read by scripts/lib/body-length.mjs; keep the two names equal. */
export const BODY_LENGTH_HEADER = "X-Body-Length";

export interface FileResponseOptions {
  store: FileStore;
  key: string;
  size: number;
  /** The type recorded at upload (from the file's bytes), sent as is. */
  contentType: string;
  /** Hex sha256 of the content; becomes the strong ETag. */
  sha256: string;
  /** The name offered to the user; any Unicode, encoded per RFC 6266 (`filename*`). */
  downloadName: string;
  cacheControl: string;
  disposition?: "attachment" | "inline";
  lastModified?: Date;
}

/**
 * The response for a GET or HEAD of one stored file (405 for other methods). Rejects with
 * StoredObjectNotFoundError when the database names an object the store does not have; the
 * caller decides how to answer that (it is a server-side inconsistency, not a client error).
 */
export async function fileResponse(request: Request, options: FileResponseOptions): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== "GET" && method !== "HEAD") {
    return new Response(null, { status: 405, headers: { Allow: "GET, HEAD" } });
  }
  const etag = `"${options.sha256}"`;
  const validators = new Headers({ ETag: etag, "Cache-Control": options.cacheControl });
  if (options.lastModified) validators.set("Last-Modified", options.lastModified.toUTCString());

  if (isNotModified(request.headers, etag, options.lastModified)) {
    return new Response(null, { status: 304, headers: validators });
  }

  const headers = new Headers(validators);
  headers.set("Content-Type", options.contentType);
  headers.set(
    "Content-Disposition",
    contentDisposition(options.downloadName, {
      type: options.disposition ?? "attachment",
      fallback: asciiFallback(options.downloadName),
    }),
  );
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Accept-Ranges", "bytes");
  // Uploads are never HTML or SVG, but should a file ever be rendered as a page anyway, the
  // sandbox keeps it away from the portal's origin. Not for inline PDFs: Chrome and Safari refuse
  // to run their PDF viewers in a sandboxed document (crbug 413851).
  const inlinePdf = options.disposition === "inline" && options.contentType === "application/pdf";
  if (!inlinePdf) headers.set("Content-Security-Policy", "default-src 'none'; sandbox");

  const range = requestedRange(request.headers, options.size, etag, options.lastModified);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${options.size}`);
    headers.set("Content-Length", "0");
    return new Response(null, { status: 416, headers });
  }
  const length = range ? range.end - range.start + 1 : options.size;
  if (range) headers.set("Content-Range", `bytes ${range.start}-${range.end}/${options.size}`);
  headers.set("Content-Length", String(length));
  // Next drops a route handler's Content-Length (send-response.js: the body might have been
  // decoded on the way), so downloads would go out chunked, with no size for the browser's
  // progress or for HEAD. The server's preload (scripts/lib/body-length.mjs) turns this private
  // header back into Content-Length; the body is exactly these bytes, never re-encoded.
  headers.set(BODY_LENGTH_HEADER, String(length));
  const status = range ? 206 : 200;
  if (method === "HEAD") return new Response(null, { status, headers });

  const source = await options.store.get(options.key, range ?? undefined);
  // A client that goes away cancels the web stream (which destroys the source) or aborts the
  // request; either way the file handle or S3 connection is released at once.
  const abort = () => source.destroy();
  request.signal.addEventListener("abort", abort, { once: true });
  source.once("close", () => request.signal.removeEventListener("abort", abort));
  const body = Readable.toWeb(source) as NodeReadableStream<Uint8Array> as unknown as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

/** RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since; weak comparison for both. */
function isNotModified(requestHeaders: Headers, etag: string, lastModified: Date | undefined): boolean {
  const ifNoneMatch = requestHeaders.get("if-none-match");
  if (ifNoneMatch !== null) {
    return ifNoneMatch.split(",").some((candidate) => {
      const tag = candidate.trim();
      return tag === "*" || tag.replace(/^W\//, "") === etag;
    });
  }
  const ifModifiedSince = requestHeaders.get("if-modified-since");
  if (ifModifiedSince !== null && lastModified) {
    const since = Date.parse(ifModifiedSince);
    // HTTP dates have whole seconds; compare at that resolution.
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** The one byte range to serve, "unsatisfiable", or null for the whole file. */
function requestedRange(
  requestHeaders: Headers,
  size: number,
  etag: string,
  lastModified: Date | undefined,
): ByteRange | "unsatisfiable" | null {
  const header = requestHeaders.get("range");
  // An empty file has no bytes to address; answering it whole is simpler for clients than a 416.
  if (header === null || size === 0) return null;
  if (!ifRangeAllows(requestHeaders.get("if-range"), etag, lastModified)) return null;
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) return "unsatisfiable";
  // Malformed headers and units other than bytes are ignored, as RFC 9110 §14.2 requires.
  if (ranges === -2 || ranges.type !== "bytes" || ranges.length !== 1) return null;
  const [only] = ranges;
  return only ? { start: only.start, end: only.end } : null;
}

/** If-Range (RFC 9110 §13.1.5) needs a strong match: the same ETag, or exactly the same date. */
function ifRangeAllows(ifRange: string | null, etag: string, lastModified: Date | undefined): boolean {
  if (ifRange === null) return true;
  const value = ifRange.trim();
  if (value.startsWith('"') || value.startsWith("W/")) return value === etag;
  const date = Date.parse(value);
  return lastModified !== undefined && !Number.isNaN(date) && date === Math.floor(lastModified.getTime() / 1000) * 1000;
}

/**
 * The plain `filename` for the rare clients that ignore `filename*`. The library would put
 * Latin-1 letters there as raw bytes, which browsers decode inconsistently, so the fallback is
 * kept to ASCII: accents dropped ("français" → "francais"), other letters replaced by "_".
 */
function asciiFallback(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_");
}
