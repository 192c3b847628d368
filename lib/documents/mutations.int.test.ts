// The document mutation cores against a real PostgreSQL and a real disk file store in a temporary
// DATA_DIR: positions, the symbol rule, optimistic locking, publication, deletion with its stored
// objects, reordering, audit rows and public-revision bumps.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";

const dataDir = await mkdtemp(path.join(tmpdir(), "documents-mutations-"));
process.env.DATA_DIR = dataDir;
delete process.env.STORAGE_S3_BUCKET;
delete (globalThis as { __hldFileStore?: unknown }).__hldFileStore;

const { createDocument, deleteDocument, publishDocument, reorderDocuments, STALE_DOCUMENT_MESSAGE, SYMBOL_TAKEN_MESSAGE, unpublishDocument, updateDocument } = await import(
  "@/lib/documents/mutations"
);
const { attachDocumentFile } = await import("@/lib/documents/attach-file");
const { readPublicRevision } = await import("@/lib/cache/revision");
const { entityLabels } = await import("@/lib/audit/entity-labels");
const { fileStore, newDocumentFileKey } = await import("@/lib/storage");
const { ConflictError, ForbiddenError, ValidationError } = await import("@/lib/errors");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const symbolOf = (n: number) => `A/TEST-${tag}/${n}`;
let editor = { userId: "", email: `doc-editor-${tag}@portal.localhost`, role: "EDITOR" as const };
const registrar = { userId: "", email: `doc-registrar-${tag}@portal.localhost`, role: "REGISTRAR" as const };
let eventId = "";
let meetingId = "";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });
const fields = (overrides: Record<string, unknown> = {}) => ({ kind: "REPORT", symbol: "", title: texts(`Report ${tag}`), languages: ["en"], issuedOn: "", isPrincipal: false, ...overrides });

async function create(overrides: Record<string, unknown> = {}) {
  return createDocument(db, editor, { parent: { meetingId }, ...fields(overrides) });
}

beforeAll(async () => {
  const user = await db.staffUser.create({ data: { email: editor.email, name: `Editor ${tag}`, passwordHash: "unused", role: "EDITOR" }, select: { id: true } });
  editor = { ...editor, userId: user.id };
  const event = await db.event.create({ data: { slug: `doc-event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } });
  eventId = event.id;
  const meeting = await db.meeting.create({ data: { eventId, slug: `doc-meeting-${tag}`, kind: "PANEL", title: { en: "Meeting" }, status: "PUBLISHED" }, select: { id: true } });
  meetingId = meeting.id;
});

beforeEach(async () => {
  await db.document.deleteMany({ where: { OR: [{ meetingId }, { eventId }] } });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { OR: [{ meetingId }, { eventId }] } });
  await db.auditLog.deleteMany({ where: { actorId: editor.userId } });
  await db.meeting.deleteMany({ where: { id: meetingId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { id: editor.userId } });
  await db.$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe("createDocument", () => {
  it("creates drafts at the end of their parent's list, audited with a readable snapshot", async () => {
    const first = await create({ symbol: symbolOf(1), languages: ["fr", "en"] });
    const second = await create();
    const rows = await db.document.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true, position: true, status: true, languages: true } });
    expect(rows).toEqual([
      { id: first.id, position: 1, status: "DRAFT", languages: ["EN", "FR"] },
      { id: second.id, position: 2, status: "DRAFT", languages: ["EN"] },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Document", entityId: first.id }, select: { action: true, after: true } });
    expect(audit).toMatchObject({ action: "document.create", after: { title: { en: `Report ${tag}` }, kind: "REPORT", symbol: symbolOf(1), status: "DRAFT", languages: ["en", "fr"] } });
    expect(first.affectsPublic).toBe(false);
  });

  it("refuses a symbol another document has, on the symbol field, whatever its case", async () => {
    await create({ symbol: symbolOf(1) });
    const refusal = await create({ symbol: symbolOf(1).toLowerCase() }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as InstanceType<typeof ValidationError>).fieldErrors).toEqual({ symbol: [SYMBOL_TAKEN_MESSAGE] });
    expect(await db.document.count({ where: { meetingId } })).toBe(1);
  });

  it("refuses a registrar", async () => {
    await expect(createDocument(db, registrar, { parent: { meetingId }, ...fields() })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.document.count({ where: { meetingId } })).toBe(0);
  });
});

describe("updateDocument", () => {
  it("saves the form and raises the version; a save from the old version is refused", async () => {
    const { id } = await create();
    const saved = await updateDocument(db, editor, { id, version: 1, ...fields({ title: texts("New title"), symbol: symbolOf(2), issuedOn: "2013-07-25" }) });
    expect(saved.version).toBe(2);
    const stored = await db.document.findUniqueOrThrow({ where: { id }, select: { title: true, symbol: true, issuedOn: true } });
    expect(stored).toEqual({ title: { en: "New title" }, symbol: symbolOf(2), issuedOn: new Date("2013-07-25T00:00:00Z") });
    await expect(updateDocument(db, editor, { id, version: 1, ...fields() })).rejects.toThrow(STALE_DOCUMENT_MESSAGE);
    expect((await db.document.findUniqueOrThrow({ where: { id } })).title).toEqual({ en: "New title" });
  });

  it("keeps a language that has a current file", async () => {
    const { id } = await create({ languages: ["en", "fr"] });
    await attachDocumentFile(db, editor, { documentId: id, language: "fr", storageKey: `documents/${id}/fr/a-${tag}`, originalName: "r.pdf", contentType: "application/pdf", sizeBytes: 3, sha256: "a".repeat(64) });
    const refusal = await updateDocument(db, editor, { id, version: 1, ...fields({ languages: ["en"] }) }).catch((error: unknown) => error);
    expect((refusal as InstanceType<typeof ValidationError>).fieldErrors.languages?.[0]).toMatch(/^Keep French/);
  });

  it("raises the public revision only when the document is public", async () => {
    const { id } = await create();
    let revision = await readPublicRevision(db);
    await updateDocument(db, editor, { id, version: 1, ...fields({ title: texts("Draft edit") }) });
    expect(await readPublicRevision(db)).toBe(revision);
    const published = await publishDocument(db, editor, { id, version: 2 });
    expect(await readPublicRevision(db)).toBe(revision + 1);
    revision += 1;
    const edited = await updateDocument(db, editor, { id, version: published.version, ...fields({ title: texts("Public edit") }) });
    expect(edited.affectsPublic).toBe(true);
    expect(await readPublicRevision(db)).toBe(revision + 1);
  });
});

describe("publishDocument and unpublishDocument", () => {
  it("change the status, stamp the first publication and audit each change", async () => {
    const { id } = await create();
    const published = await publishDocument(db, editor, { id, version: 1 });
    const firstPublishedAt = (await db.document.findUniqueOrThrow({ where: { id } })).publishedAt;
    expect(firstPublishedAt).not.toBeNull();
    const again = await publishDocument(db, editor, { id, version: published.version });
    expect(again).toEqual({ id, version: published.version, affectsPublic: false });
    const unpublished = await unpublishDocument(db, editor, { id, version: published.version });
    expect((await db.document.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await publishDocument(db, editor, { id, version: unpublished.version });
    expect((await db.document.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(firstPublishedAt);
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["document.create", "document.publish", "document.unpublish", "document.publish"]);
  });
});

describe("deleteDocument", () => {
  it("deletes a draft with its files and removes the stored objects after the commit", async () => {
    const { id } = await create();
    const key = newDocumentFileKey(id, "en");
    await fileStore().put(key, Readable.from([Buffer.from("pdf")]), { contentType: "application/pdf", size: 3 });
    await attachDocumentFile(db, editor, { documentId: id, language: "en", storageKey: key, originalName: "r.pdf", contentType: "application/pdf", sizeBytes: 3, sha256: "b".repeat(64) });
    await deleteDocument(db, editor, { id, version: 1 });
    expect(await db.document.count({ where: { id } })).toBe(0);
    expect(await db.documentFile.count({ where: { documentId: id } })).toBe(0);
    expect(await fileStore().stat(key)).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "document.delete" }, select: { before: true } });
    expect(audit.before).toMatchObject({ files: 1, status: "DRAFT" });
  });

  it("refuses a published document and keeps its stored objects", async () => {
    const { id } = await create();
    const key = newDocumentFileKey(id, "en");
    await fileStore().put(key, Readable.from([Buffer.from("pdf")]), { contentType: "application/pdf", size: 3 });
    await attachDocumentFile(db, editor, { documentId: id, language: "en", storageKey: key, originalName: "r.pdf", contentType: "application/pdf", sizeBytes: 3, sha256: "c".repeat(64) });
    const published = await publishDocument(db, editor, { id, version: 1 });
    await expect(deleteDocument(db, editor, { id, version: published.version })).rejects.toBeInstanceOf(ConflictError);
    expect(await fileStore().stat(key)).toEqual({ size: 3 });
  });
});

describe("reorderDocuments", () => {
  it("rewrites the positions in the given order, audited on the parent", async () => {
    const a = await create({ title: texts("A") });
    const b = await create({ title: texts("B") });
    const c = await create({ title: texts("C") });
    await reorderDocuments(db, editor, { parent: { meetingId }, orderedIds: [c.id, a.id, b.id] });
    const rows = await db.document.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true } });
    expect(rows.map((row) => row.id)).toEqual([c.id, a.id, b.id]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Meeting", entityId: meetingId, action: "document.reorder" }, orderBy: { createdAt: "desc" } });
    expect(audit.after).toEqual({ documents: [{ en: "C" }, { en: "A" }, { en: "B" }] });
  });

  it("refuses a list that is not exactly the parent's documents", async () => {
    const a = await create();
    const b = await create();
    const elsewhere = await createDocument(db, editor, { parent: { eventId }, ...fields() });
    for (const orderedIds of [[a.id], [b.id, a.id, elsewhere.id], [elsewhere.id, a.id]]) {
      await expect(reorderDocuments(db, editor, { parent: { meetingId }, orderedIds })).rejects.toBeInstanceOf(ConflictError);
    }
    const rows = await db.document.findMany({ where: { meetingId }, orderBy: { position: "asc" }, select: { id: true } });
    expect(rows.map((row) => row.id)).toEqual([a.id, b.id]);
  });
});

describe("the Activity page", () => {
  it("names a document by its symbol and English title", async () => {
    const { id } = await create({ symbol: symbolOf(3), title: texts("Report of the Secretary-General") });
    const labels = await entityLabels(db, [{ entityType: "Document", entityId: id }]);
    expect(labels.get(`Document:${id}`)).toBe(`${symbolOf(3)} · Report of the Secretary-General`);
  });
});
