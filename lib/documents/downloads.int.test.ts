// The public address of a document's language and the staff download of any version, called as
// Next calls the route handlers, against PostgreSQL and the disk file store in a throwaway DATA_DIR.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

const dataDir = await mkdtemp(path.join(tmpdir(), "documents-download-"));
process.env.DATA_DIR = dataDir;
delete process.env.STORAGE_S3_BUCKET;
delete (globalThis as { __hldFileStore?: unknown }).__hldFileStore;

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());

const publicRoute = await import("@/app/files/[documentId]/[language]/route");
const staffRoute = await import("@/app/api/admin/document-files/[fileId]/route");
const staffCurrentRoute = await import("@/app/api/admin/documents/[documentId]/files/[language]/route");
const { attachDocumentFile } = await import("@/lib/documents/attach-file");
const { fileStore, newDocumentFileKey } = await import("@/lib/storage");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const users = {
  registrar: { id: "", email: `dl-registrar-${tag}@portal.localhost`, role: "REGISTRAR" as const, mustChangePassword: false },
  pending: { id: "", email: `dl-pending-${tag}@portal.localhost`, role: "EDITOR" as const, mustChangePassword: true },
};
let editor = { userId: "", email: "", role: "EDITOR" as const };
let eventId = "";
let documentId = "";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const FIRST = Buffer.from("%PDF-1.4 first version of the French report");
const SECOND = Buffer.from("%PDF-1.4 the second, corrected French report");

async function store(bytes: Buffer, name = "Rapport général.pdf") {
  const key = newDocumentFileKey(documentId, "fr");
  await fileStore().put(key, Readable.from([bytes]), { contentType: "application/pdf", size: bytes.length });
  return attachDocumentFile(db, editor, { documentId, language: "fr", storageKey: key, originalName: name, contentType: "application/pdf", sizeBytes: bytes.length, sha256: sha256(bytes) });
}

function getPublic(language = "fr", init: RequestInit = {}, id = documentId) {
  const request = new Request(`http://portal.test/files/${id}/${language}`, init);
  const handler = request.method === "HEAD" ? publicRoute.HEAD : publicRoute.GET;
  return handler(request, { params: Promise.resolve({ documentId: id, language }) });
}

function getStaff(fileId: string) {
  return staffRoute.GET(new Request(`http://portal.test/api/admin/document-files/${fileId}`), { params: Promise.resolve({ fileId }) });
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

beforeAll(async () => {
  for (const user of Object.values(users)) {
    user.id = (await db.staffUser.create({ data: { email: user.email, name: `Reader ${tag}`, passwordHash: "unused", role: user.role, mustChangePassword: user.mustChangePassword }, select: { id: true } })).id;
  }
  editor = { userId: users.pending.id, email: users.pending.email, role: "EDITOR" };
  eventId = (await db.event.create({ data: { slug: `dl-event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } })).id;
});

beforeEach(async () => {
  harness.cookie = undefined;
  await db.document.deleteMany({ where: { eventId } });
  documentId = (await db.document.create({ data: { eventId, kind: "REPORT", title: { en: "Report" }, status: "PUBLISHED", languages: ["EN", "FR"] }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId } });
  await db.auditLog.deleteMany({ where: { actorId: users.pending.id } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe("GET /files/[documentId]/[language]", () => {
  it("serves the current file with its exact bytes, type, name, ETag and caching headers", async () => {
    await store(FIRST);
    const response = await getPublic();
    expect(response.status).toBe(200);
    expect(await bytesOf(response)).toEqual(FIRST);
    expect(Object.fromEntries(["content-type", "etag", "cache-control", "x-content-type-options", "accept-ranges", "content-length"].map((name) => [name, response.headers.get(name)]))).toEqual({
      "content-type": "application/pdf",
      etag: `"${sha256(FIRST)}"`,
      "cache-control": "public, max-age=0, must-revalidate",
      "x-content-type-options": "nosniff",
      "accept-ranges": "bytes",
      "content-length": String(FIRST.length),
    });
    expect(response.headers.get("content-disposition")).toContain(`filename*=UTF-8''Rapport%20g%C3%A9n%C3%A9ral.pdf`);
    expect(response.headers.get("content-disposition")).toMatch(/^inline;/);
  });

  it("answers HEAD without a body, a range with 206 and a matching ETag with 304", async () => {
    await store(FIRST);
    const head = await getPublic("fr", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(FIRST.length));
    expect((await bytesOf(head)).length).toBe(0);
    const range = await getPublic("fr", { headers: { range: "bytes=0-7" } });
    expect(range.status).toBe(206);
    expect(range.headers.get("content-range")).toBe(`bytes 0-7/${FIRST.length}`);
    expect(await bytesOf(range)).toEqual(FIRST.subarray(0, 8));
    const cached = await getPublic("fr", { headers: { "if-none-match": `"${sha256(FIRST)}"` } });
    expect(cached.status).toBe(304);
  });

  it("serves the new bytes at the same address after a replacement", async () => {
    await store(FIRST);
    await store(SECOND);
    const response = await getPublic();
    expect(await bytesOf(response)).toEqual(SECOND);
    expect(response.headers.get("etag")).toBe(`"${sha256(SECOND)}"`);
    expect((await getPublic("fr", { headers: { "if-none-match": `"${sha256(FIRST)}"` } })).status).toBe(200);
  });

  it("answers 404 for an unpublished document, a language without a file and a malformed address", async () => {
    await store(FIRST);
    expect((await getPublic("en")).status).toBe(404);
    expect((await getPublic("de")).status).toBe(404);
    expect((await getPublic("fr", {}, "../../etc")).status).toBe(404);
    await db.document.update({ where: { id: documentId }, data: { status: "DRAFT" } });
    expect((await getPublic("fr")).status).toBe(404);
    await db.document.update({ where: { id: documentId }, data: { status: "PUBLISHED" } });
    await db.event.update({ where: { id: eventId }, data: { status: "DRAFT" } });
    expect((await getPublic("fr")).status).toBe(404);
    await db.event.update({ where: { id: eventId }, data: { status: "PUBLISHED" } });
  });
});

describe("GET /api/admin/document-files/[fileId]", () => {
  it("serves any version to staff who may read content, never cached, as an attachment", async () => {
    const first = await store(FIRST);
    await store(SECOND);
    harness.cookie = await sessionCookieFor({ id: users.registrar.id, role: "REGISTRAR" });
    const response = await getStaff(first.file.id);
    expect(response.status).toBe(200);
    expect(await bytesOf(response)).toEqual(FIRST);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect((await getStaff("cnotafile0000000000000001")).status).toBe(404);
  });

  it("refuses anonymous callers (401) and an account that must first change its password (403)", async () => {
    const first = await store(FIRST);
    expect((await getStaff(first.file.id)).status).toBe(401);
    harness.cookie = await sessionCookieFor({ id: users.pending.id, role: "EDITOR" });
    const refused = await getStaff(first.file.id);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("GET /api/admin/documents/[documentId]/files/[language]", () => {
  const getStaffCurrent = (language = "fr") =>
    staffCurrentRoute.GET(new Request(`http://portal.test/api/admin/documents/${documentId}/files/${language}`), {
      params: Promise.resolve({ documentId, language }),
    });

  it("serves the current file of a draft document to staff (the preview's links), never to anonymous callers", async () => {
    await store(FIRST);
    await store(SECOND);
    await db.document.update({ where: { id: documentId }, data: { status: "DRAFT" } });
    expect((await getPublic("fr")).status).toBe(404);
    expect((await getStaffCurrent()).status).toBe(401);
    harness.cookie = await sessionCookieFor({ id: users.registrar.id, role: "REGISTRAR" });
    const response = await getStaffCurrent();
    expect(response.status).toBe(200);
    expect(await bytesOf(response)).toEqual(SECOND);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect((await getStaffCurrent("en")).status).toBe(404);
  });
});
