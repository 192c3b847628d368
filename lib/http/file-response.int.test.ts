// fileResponse against the real disk store in a temporary folder (integration project: it does I/O).
import { createHash, randomBytes } from "node:crypto";
import type { ReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskStore, newDocumentFileKey, type FileStore } from "@/lib/storage";
import { fileResponse, type FileResponseOptions } from "./file-response";

const data = randomBytes(5 * 1024 * 1024 + 11);
const size = data.length;
const sha256 = createHash("sha256").update(data).digest("hex");
const etag = `"${sha256}"`;
const lastModified = new Date("2026-11-20T10:00:00Z");

let root: string;
let disk: FileStore;
let key: string;
/** The real disk store, recording every stream it hands out. */
let opened: Readable[];
let store: FileStore;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "hld-file-response-"));
  disk = createDiskStore(root);
  key = newDocumentFileKey("doc1", "fr");
  await disk.put(key, Readable.from([data]), { contentType: "application/pdf", size });
  opened = [];
  store = {
    ...disk,
    get: async (k, range) => {
      const stream = await disk.get(k, range);
      opened.push(stream);
      return stream;
    },
  };
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function serve(init: RequestInit = {}, overrides: Partial<FileResponseOptions> = {}): Promise<Response> {
  return fileResponse(new Request("http://portal.test/files/doc1/fr", init), {
    store,
    key,
    size,
    contentType: "application/pdf",
    sha256,
    downloadName: "Rapport_HLD_français.pdf",
    cacheControl: "public, max-age=0, must-revalidate",
    lastModified,
    ...overrides,
  });
}

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe("fileResponse", () => {
  it("serves the whole file with its type, validators and safety headers", async () => {
    const response = await serve();
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "application/pdf",
      "content-length": String(size),
      etag,
      "cache-control": "public, max-age=0, must-revalidate",
      "last-modified": "Fri, 20 Nov 2026 10:00:00 GMT",
      "accept-ranges": "bytes",
      "x-content-type-options": "nosniff",
      "content-disposition": "attachment; filename=\"Rapport_HLD_francais.pdf\"; filename*=UTF-8''Rapport_HLD_fran%C3%A7ais.pdf",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    expect((await bytes(response)).equals(data)).toBe(true);
  });

  it("names an Arabic file with filename* and an ASCII fallback", async () => {
    const response = await serve({}, { downloadName: "تقرير.pdf" });
    expect(response.headers.get("content-disposition")).toBe(
      "attachment; filename=\"_____.pdf\"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf",
    );
    await response.body?.cancel();
  });

  it("serves inline PDFs without the CSP sandbox that would block browsers' PDF viewers", async () => {
    const response = await serve({}, { disposition: "inline" });
    expect(response.headers.get("content-disposition")).toMatch(/^inline; filename=/);
    expect(response.headers.get("content-security-policy")).toBeNull();
    await response.body?.cancel();
    const text = await serve({}, { disposition: "inline", contentType: "text/plain" });
    expect(text.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    await text.body?.cancel();
  });

  it("answers HEAD with the headers only, without opening the object", async () => {
    const before = opened.length;
    const response = await serve({ method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(size));
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.body).toBeNull();
    expect(opened.length).toBe(before);
  });

  it.each([
    ["bytes=0-0", 0, 0],
    ["bytes=1000-1999", 1000, 1999],
    ["bytes=-10", size - 10, size - 1],
    [`bytes=${size - 1}-`, size - 1, size - 1],
    [`bytes=5-${size + 100}`, 5, size - 1],
  ])("serves %s as 206 with exactly those bytes", async (range, start, end) => {
    const response = await serve({ headers: { range } });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe(`bytes ${start}-${end}/${size}`);
    expect(response.headers.get("content-length")).toBe(String(end - start + 1));
    expect((await bytes(response)).equals(data.subarray(start, end + 1))).toBe(true);
  });

  it("answers an unsatisfiable range with 416 and the size", async () => {
    const response = await serve({ headers: { range: `bytes=${size}-` } });
    expect(response.status).toBe(416);
    expect(response.headers.get("content-range")).toBe(`bytes */${size}`);
    expect((await bytes(response)).length).toBe(0);
  });

  it.each(["bytes=0-1,100-101", "bytes=abc", "items=0-1"])("serves the whole file for the range %j", async (range) => {
    const response = await serve({ headers: { range } });
    expect(response.status).toBe(200);
    expect((await bytes(response)).length).toBe(size);
  });

  it("honours If-Range only when it names the current content", async () => {
    const same = await serve({ headers: { range: "bytes=0-9", "if-range": etag } });
    expect(same.status).toBe(206);
    expect((await bytes(same)).equals(data.subarray(0, 10))).toBe(true);
    const other = await serve({ headers: { range: "bytes=0-9", "if-range": `"${"0".repeat(64)}"` } });
    expect(other.status).toBe(200);
    expect((await bytes(other)).length).toBe(size);
    const date = await serve({ headers: { range: "bytes=0-9", "if-range": lastModified.toUTCString() } });
    expect(date.status).toBe(206);
    await date.body?.cancel();
  });

  it.each([etag, `W/${etag}`, `"other", ${etag}`, "*"])("answers If-None-Match %s with 304 and no body", async (tag) => {
    const before = opened.length;
    const response = await serve({ headers: { "if-none-match": tag } });
    expect(response.status).toBe(304);
    expect(response.headers.get("etag")).toBe(etag);
    expect(response.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(response.body).toBeNull();
    expect(opened.length).toBe(before);
  });

  it("sends the file again when If-None-Match names other content, even if If-Modified-Since is recent", async () => {
    const response = await serve({
      headers: { "if-none-match": `"${"0".repeat(64)}"`, "if-modified-since": new Date().toUTCString() },
    });
    expect(response.status).toBe(200);
    await response.body?.cancel();
    const notModified = await serve({ headers: { "if-modified-since": lastModified.toUTCString() } });
    expect(notModified.status).toBe(304);
  });

  it("streams: reading the first chunk reads only a small part of the file", async () => {
    const response = await serve();
    const reader = response.body!.getReader();
    await reader.read();
    const source = opened.at(-1) as ReadStream;
    expect(source.bytesRead).toBeGreaterThan(0);
    expect(source.bytesRead).toBeLessThan(size / 4);
    await reader.cancel();
    expect(source.destroyed).toBe(true);
  });

  it("releases the file when the client goes away", async () => {
    const controller = new AbortController();
    const response = await serve({ signal: controller.signal });
    expect(response.status).toBe(200);
    const source = opened.at(-1)!;
    expect(source.destroyed).toBe(false);
    controller.abort();
    expect(source.destroyed).toBe(true);
  });

  it("refuses other methods with 405", async () => {
    const response = await serve({ method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD");
  });
});
