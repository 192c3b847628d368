// The upload route end to end, as Next calls it: a real Request with a multipart body (or a body
// stream that breaks off), the real session lookup, PostgreSQL, the disk file store and the temp
// folder under a throwaway DATA_DIR. After every refusal: no row, no stored object, no temp file.
import { createHash, randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

const dataDir = await mkdtemp(path.join(tmpdir(), "documents-upload-"));
process.env.DATA_DIR = dataDir;
process.env.UPLOAD_MAX_BYTES = String(2_000_000);
delete process.env.STORAGE_S3_BUCKET;
delete process.env.PUBLIC_URL;
delete (globalThis as { __hldFileStore?: unknown }).__hldFileStore;

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));
// The database half can fail after the bytes are stored (document deleted meanwhile, database
// gone); the next attach can be made to fail so the clean-up of the stored object is seen.
const attachFailure = vi.hoisted(() => ({ next: null as Error | null }));
vi.mock("@/lib/documents/attach-file", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/documents/attach-file")>();
  return {
    ...real,
    attachDocumentFile: async (...args: Parameters<typeof real.attachDocumentFile>) => {
      const failure = attachFailure.next;
      attachFailure.next = null;
      if (failure) throw failure;
      return real.attachDocumentFile(...args);
    },
  };
});

const { POST } = await import("@/app/api/admin/documents/[documentId]/files/[language]/route");
const { fileStore } = await import("@/lib/storage");
const samples = await import("@/lib/uploads/testing/sample-files");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const ORIGIN = "http://portal.test";
const users = {
  editor: { id: "", email: `up-editor-${tag}@portal.localhost`, role: "EDITOR", sessionVersion: 1 },
  registrar: { id: "", email: `up-registrar-${tag}@portal.localhost`, role: "REGISTRAR", sessionVersion: 1 },
};
let eventId = "";
let documentId = "";

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

function post(body: BodyInit, { language = "fr", origin = ORIGIN, id = documentId, headers = {} }: { language?: string; origin?: string | null; id?: string; headers?: Record<string, string> } = {}) {
  const request = new Request(`${ORIGIN}/api/admin/documents/${id}/files/${language}`, {
    method: "POST",
    body,
    headers: { ...(origin ? { origin } : {}), ...headers },
    duplex: "half",
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ documentId: id, language }) });
}

function form(bytes: Buffer, name: string, type = "application/octet-stream") {
  const data = new FormData();
  data.append("file", new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Rows, stored objects and temp files: what a refused upload must not leave behind. */
async function leftovers() {
  return {
    rows: await db.documentFile.count({ where: { documentId } }),
    stored: await filesUnder(path.join(dataDir, "files")),
    temp: await filesUnder(path.join(dataDir, "tmp", "uploads")),
    audits: await db.auditLog.count({ where: { entityId: documentId } }),
  };
}
const nothing = { rows: 0, stored: [], temp: [], audits: 0 };

async function expectRefused(response: Response, status: number, message?: RegExp) {
  const body = (await response.json()) as { ok: boolean; error: string; code: string };
  expect(response.status, body.error).toBe(status);
  expect(body.ok).toBe(false);
  if (message) expect(body.error).toMatch(message);
  expect(await leftovers()).toEqual(nothing);
  return body;
}

beforeAll(async () => {
  for (const user of Object.values(users)) {
    user.id = (await db.staffUser.create({ data: { email: user.email, name: `Uploader ${tag}`, passwordHash: "unused", role: user.role as "EDITOR" }, select: { id: true } })).id;
  }
  eventId = (await db.event.create({ data: { slug: `up-event-${tag}`, title: { en: "Event" }, year: 2013 }, select: { id: true } })).id;
});

beforeEach(async () => {
  harness.cookie = await sessionCookieFor(users.editor);
  await db.document.deleteMany({ where: { eventId } });
  await rm(path.join(dataDir, "files"), { recursive: true, force: true });
  documentId = (await db.document.create({ data: { eventId, kind: "REPORT", title: { en: "Report" } }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId } });
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((user) => user.id) } } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe("POST /api/admin/documents/[documentId]/files/[language]", () => {
  it("stores a good PDF with the same sha256, records it as the current French file and audits the uploader", async () => {
    const pdf = samples.samplePdf("Rapport");
    const response = await post(form(pdf, "Rapport du Secrétaire général_FR.pdf", "text/html"));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { ok: true; file: { id: string; version: number; sha256: string; contentType: string; originalName: string; sizeBytes: number } };
    expect(body).toMatchObject({ ok: true, file: { language: "fr", version: 1, contentType: "application/pdf", sizeBytes: pdf.length, sha256: sha256(pdf), originalName: "Rapport du Secrétaire général_FR.pdf" } });
    const row = await db.documentFile.findUniqueOrThrow({ where: { id: body.file.id }, select: { storageKey: true, isCurrent: true, uploadedById: true } });
    expect(row).toMatchObject({ isCurrent: true, uploadedById: users.editor.id });
    const stored = Buffer.concat(await (await fileStore().get(row.storageKey)).toArray());
    expect(sha256(stored)).toBe(sha256(pdf));
    expect(await filesUnder(path.join(dataDir, "tmp", "uploads"))).toEqual([]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: documentId }, select: { action: true, actorLabel: true, after: true } });
    expect(audit).toMatchObject({ action: "document.file.upload", actorLabel: users.editor.email, after: { uploadedBy: users.editor.email, fileVersion: 1 } });
  });

  it("makes a replacement version 2 and current, keeping version 1", async () => {
    expect((await post(form(samples.samplePdf("One"), "one.pdf"))).status).toBe(201);
    const second = await post(form(await samples.sampleDocx("Two"), "two.docx"));
    expect(second.status).toBe(201);
    const files = await db.documentFile.findMany({ where: { documentId }, orderBy: { version: "asc" }, select: { version: true, isCurrent: true, contentType: true } });
    expect(files).toEqual([
      { version: 1, isCurrent: null, contentType: "application/pdf" },
      { version: 2, isCurrent: true, contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    ]);
    expect(await filesUnder(path.join(dataDir, "files"))).toHaveLength(2);
  });

  it("refuses an HTML file renamed report.pdf with a clear message", async () => {
    const body = await expectRefused(await post(form(samples.renamedHtml(), "report.pdf", "application/pdf")), 415);
    expect(body.error.length).toBeGreaterThan(20);
  });

  it("refuses an SVG, a zip bomb and an archive with a ../ entry", async () => {
    await expectRefused(await post(form(samples.sampleSvg(), "chart.svg", "image/svg+xml")), 415);
    const bomb = await expectRefused(await post(form(await samples.zipBombDocx(), "bomb.docx")), 422);
    expect(bomb.code).toBe("unsafe-archive");
    const traversal = await expectRefused(await post(form(await samples.traversalDocx(), "report.docx")), 422);
    expect(traversal.code).toBe("unsafe-archive");
  });

  it("refuses a file over the size limit with 413", async () => {
    const big = Buffer.concat([samples.samplePdf(), Buffer.alloc(2_100_000, 32)]);
    const body = await expectRefused(await post(form(big, "big.pdf")), 413);
    expect(body.code).toBe("too-large");
  });

  it("leaves nothing behind when the body breaks off half way", async () => {
    const boundary = `----upload${tag}`;
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
    let sent = 0;
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new Uint8Array(head));
        else if (sent < 8) controller.enqueue(new Uint8Array(64 * 1024).fill(65));
        else controller.error(new Error("connection reset"));
        sent += 1;
      },
    });
    const response = await post(broken, { headers: { "content-type": `multipart/form-data; boundary=${boundary}` } });
    const body = await expectRefused(response, 400);
    expect(body.code).toBe("aborted");
    expect(sent).toBeGreaterThan(8);
  });

  it("deletes the stored object when the file cannot be recorded, answering a generic message", async () => {
    attachFailure.next = new Error("connection to 10.0.0.3 lost");
    const body = await expectRefused(await post(form(samples.samplePdf(), "report.pdf")), 500);
    expect(body).toEqual({ ok: false, error: "The upload failed. Try again.", code: "server-error" });
  });

  it("refuses anonymous callers (401), registrars (403) and other sites (403) before reading the body", async () => {
    const pdf = () => form(samples.samplePdf(), "report.pdf");
    harness.cookie = undefined;
    await expectRefused(await post(pdf()), 401);
    harness.cookie = await sessionCookieFor(users.registrar);
    await expectRefused(await post(pdf()), 403);
    harness.cookie = await sessionCookieFor(users.editor);
    await expectRefused(await post(pdf(), { origin: "https://evil.example" }), 403, /did not come from the portal/);
    await expectRefused(await post(pdf(), { origin: null }), 403);
  });

  it("answers 404 for an unknown document or language", async () => {
    await expectRefused(await post(form(samples.samplePdf(), "r.pdf"), { id: "cnotadocument000000000001" }), 404);
    await expectRefused(await post(form(samples.samplePdf(), "r.pdf"), { language: "de" }), 404);
  });
});
