import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { UploadRejectedError } from "./errors";
import { spoolUpload } from "./multipart";

const BOUNDARY = "----test-boundary-7MA4YWxkTrZu0gW";
let root: string;
let tempDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "spool-test-"));
  tempDir = join(root, "uploads");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

type Part = { name: string; filename?: string; type?: string; data: Buffer | string };

function multipart(parts: Part[], { close = true } = {}): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = part.filename === undefined ? `form-data; name="${part.name}"` : `form-data; name="${part.name}"; filename="${part.filename}"`;
    const headers = [`Content-Disposition: ${disposition}`, ...(part.type ? [`Content-Type: ${part.type}`] : [])];
    chunks.push(Buffer.from(`--${BOUNDARY}\r\n${headers.join("\r\n")}\r\n\r\n`), Buffer.from(part.data), Buffer.from("\r\n"));
  }
  if (close) chunks.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(chunks);
}

function uploadRequest(body: BodyInit | Buffer, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body: Buffer.isBuffer(body) ? new Uint8Array(body) : body,
    duplex: "half",
  } as RequestInit);
}

/** A body delivered in small chunks, optionally failing after `failAfter` bytes like a reset connection. */
function chunkedBody(bytes: Buffer, { failAfter }: { failAfter?: number } = {}): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (failAfter !== undefined && offset >= failAfter) return controller.error(new Error("connection reset"));
      if (offset >= bytes.length) return controller.close();
      const next = bytes.subarray(offset, offset + 16 * 1024);
      offset += next.length;
      controller.enqueue(next);
    },
  });
}

async function rejection(promise: Promise<unknown>): Promise<UploadRejectedError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return error as UploadRejectedError;
}

async function leftovers(): Promise<string[]> {
  return readdir(tempDir).catch(() => []);
}

const sha256 = (data: Buffer) => createHash("sha256").update(data).digest("hex");

describe("spoolUpload", () => {
  it("spools the file part with its size and sha256, under a random private name", async () => {
    const content = Buffer.alloc(300_000, "ab");
    const body = multipart([
      { name: "note", data: "hello" },
      { name: "file", filename: "تقرير الحوار_AR.pdf", type: "application/pdf", data: content },
    ]);
    const upload = await spoolUpload(uploadRequest(chunkedBody(body)), { maxBytes: 1024 * 1024, tempDir });

    expect(upload).toMatchObject({ clientName: "تقرير الحوار_AR.pdf", clientType: "application/pdf", size: content.length, sha256: sha256(content) });
    expect(upload.tempPath.startsWith(tempDir)).toBe(true);
    expect(upload.tempPath).not.toContain("تقرير");
    expect((await readFile(upload.tempPath)).equals(content)).toBe(true);
    expect((await stat(upload.tempPath)).mode & 0o777).toBe(0o600);

    await upload.cleanup();
    expect(await leftovers()).toEqual([]);
  });

  it("streams a large file without holding it (20 MB through 16 KB chunks)", async () => {
    const content = Buffer.alloc(20 * 1024 * 1024, "0123456789");
    const upload = await spoolUpload(uploadRequest(chunkedBody(multipart([{ name: "file", filename: "big.pdf", data: content }]))), {
      maxBytes: 100 * 1024 * 1024,
      tempDir,
    });
    expect(upload.size).toBe(content.length);
    expect(upload.sha256).toBe(sha256(content));
    await upload.cleanup();
  });

  it("refuses a file over the limit as it arrives and leaves no temp file", async () => {
    const body = multipart([{ name: "file", filename: "big.pdf", data: Buffer.alloc(5000, 1) }]);
    const error = await rejection(spoolUpload(uploadRequest(chunkedBody(body)), { maxBytes: 4096, tempDir }));
    expect(error.code).toBe("too-large");
    expect(error.status).toBe(413);
    expect(error.message).toBe("The file is larger than the 4 KB limit.");
    expect(await leftovers()).toEqual([]);
  });

  it("refuses a declared Content-Length over the limit before reading the body", async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>({ pull: () => void (pulled = true) }, { highWaterMark: 0 });
    const request = uploadRequest(body, { "content-length": String(200 * 1024 * 1024) });
    const error = await rejection(spoolUpload(request, { maxBytes: 100 * 1024 * 1024, tempDir }));
    expect(error.code).toBe("too-large");
    expect(error.message).toBe("The file is larger than the 100 MB limit.");
    expect(pulled).toBe(false);
    expect(await leftovers()).toEqual([]);
  });

  it("answers aborted when the body stream fails half way, and leaves no temp file", async () => {
    const body = multipart([{ name: "file", filename: "report.pdf", data: Buffer.alloc(200_000, 7) }]);
    const error = await rejection(spoolUpload(uploadRequest(chunkedBody(body, { failAfter: 100_000 })), { maxBytes: 1024 * 1024, tempDir }));
    expect(error.code).toBe("aborted");
    expect(error.status).toBe(400);
    expect(await leftovers()).toEqual([]);
  });

  it("answers aborted when the body ends before the closing boundary", async () => {
    const body = multipart([{ name: "file", filename: "report.pdf", data: Buffer.alloc(50_000, 7) }], { close: false });
    const error = await rejection(spoolUpload(uploadRequest(chunkedBody(body.subarray(0, 30_000))), { maxBytes: 1024 * 1024, tempDir }));
    expect(error.code).toBe("aborted");
    expect(await leftovers()).toEqual([]);
  });

  it("answers no-file when the form has no file part", async () => {
    const body = multipart([{ name: "note", data: "only a field" }]);
    const error = await rejection(spoolUpload(uploadRequest(body), { maxBytes: 1024, tempDir }));
    expect(error.code).toBe("no-file");
    expect(await leftovers()).toEqual([]);
  });

  it("ignores a file sent under another field name", async () => {
    const body = multipart([{ name: "attachment", filename: "x.pdf", data: "%PDF-1.4" }]);
    expect((await rejection(spoolUpload(uploadRequest(body), { maxBytes: 1024, tempDir }))).code).toBe("no-file");
    expect(await leftovers()).toEqual([]);
  });

  it("answers empty for a zero-byte file", async () => {
    const body = multipart([{ name: "file", filename: "empty.pdf", data: "" }]);
    expect((await rejection(spoolUpload(uploadRequest(body), { maxBytes: 1024, tempDir }))).code).toBe("empty");
    expect(await leftovers()).toEqual([]);
  });

  it.each([
    ["application/json", '{"file":"x"}'],
    ["multipart/form-data", "no boundary"],
    ["text/plain", "x"],
  ])("answers bad-request for content type %s", async (contentType, body) => {
    const error = await rejection(spoolUpload(uploadRequest(body, { "content-type": contentType }), { maxBytes: 1024, tempDir }));
    expect(error.code).toBe("bad-request");
    expect(error.status).toBe(400);
  });
});
