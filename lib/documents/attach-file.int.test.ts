// Versions of a document's files against a real PostgreSQL: uploads, replacements, concurrent
// uploads of one language, removal, reverting, and the staff reads of the result. The stored
// bytes are not involved here (the upload route's test covers them).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { attachDocumentFile } from "@/lib/documents/attach-file";
import { removeDocumentFile, revertDocumentFile } from "@/lib/documents/file-mutations";
import { findDocumentsOf, findStaffDocument } from "@/lib/documents/staff-queries";
import { readPublicRevision } from "@/lib/cache/revision";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { testDb } from "@/lib/testing/test-db";

const db = testDb(8);
const tag = randomUUID().slice(0, 8);
let editor = { userId: "", email: `files-editor-${tag}@portal.localhost`, role: "EDITOR" as const };
const registrar = { userId: "x", email: "r@portal.localhost", role: "REGISTRAR" as const };
let eventId = "";
let documentId = "";

const upload = (language: string, n: number, overrides: Record<string, unknown> = {}) =>
  attachDocumentFile(db, editor, {
    documentId,
    language,
    storageKey: `documents/${documentId}/${language}/k-${tag}-${n}`,
    originalName: `report-${n}.pdf`,
    contentType: "application/pdf",
    sizeBytes: 1000 + Number(String(n).length),
    sha256: String(n % 10).repeat(64),
    ...overrides,
  });

async function filesOf(language: string) {
  return db.documentFile.findMany({ where: { documentId, language: language.toUpperCase() as "FR" }, orderBy: { version: "asc" }, select: { version: true, isCurrent: true, storageKey: true } });
}

beforeAll(async () => {
  const user = await db.staffUser.create({ data: { email: editor.email, name: `Files editor ${tag}`, passwordHash: "unused", role: "EDITOR" }, select: { id: true } });
  editor = { ...editor, userId: user.id };
  eventId = (await db.event.create({ data: { slug: `files-event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } })).id;
});

beforeEach(async () => {
  await db.document.deleteMany({ where: { eventId } });
  documentId = (await db.document.create({ data: { eventId, kind: "REPORT", title: { en: `Report ${tag}` }, languages: ["EN"], status: "PUBLISHED" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId } });
  await db.auditLog.deleteMany({ where: { actorId: editor.userId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { id: editor.userId } });
  await db.$disconnect();
});

describe("attachDocumentFile", () => {
  it("makes the first upload version 1, announces the language, audits it and raises the revision", async () => {
    const before = await readPublicRevision(db);
    const { file, affectsPublic } = await upload("fr", 1);
    expect(file).toMatchObject({ documentId, language: "fr", version: 1, originalName: "report-1.pdf", sizeBytes: 1001, sha256: "1".repeat(64) });
    expect(affectsPublic).toBe(true);
    expect(await readPublicRevision(db)).toBe(before + 1);
    expect((await db.document.findUniqueOrThrow({ where: { id: documentId } })).languages).toEqual(["EN", "FR"]);
    const stored = await db.documentFile.findUniqueOrThrow({ where: { id: file.id }, select: { textStatus: true, uploadedById: true, isCurrent: true } });
    expect(stored).toEqual({ textStatus: "PENDING", uploadedById: editor.userId, isCurrent: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Document", entityId: documentId }, select: { action: true, actorLabel: true, before: true, after: true } });
    expect(audit).toEqual({
      action: "document.file.upload",
      actorLabel: editor.email,
      before: null,
      after: { language: "fr", fileVersion: 1, originalName: "report-1.pdf", contentType: "application/pdf", sizeBytes: 1001, sha256: "1".repeat(64), uploadedBy: editor.email },
    });
  });

  it("makes a replacement version 2 and current, keeping version 1 in the history", async () => {
    await upload("fr", 1);
    await upload("fr", 2);
    expect(await filesOf("fr")).toEqual([
      { version: 1, isCurrent: null, storageKey: `documents/${documentId}/fr/k-${tag}-1` },
      { version: 2, isCurrent: true, storageKey: `documents/${documentId}/fr/k-${tag}-2` },
    ]);
    const actions = await db.auditLog.findMany({ where: { entityId: documentId }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["document.file.upload", "document.file.replace"]);
  });

  it("gives concurrent uploads of one language distinct versions and exactly one current file", async () => {
    const results = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => upload("es", n)));
    expect(results.map((result) => result.file.version).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const files = await filesOf("es");
    expect(files.filter((file) => file.isCurrent)).toHaveLength(1);
    expect(files.find((file) => file.isCurrent)?.version).toBe(6);
  });

  it("refuses a registrar and an unknown document, and writes nothing", async () => {
    await expect(attachDocumentFile(db, registrar, { documentId, language: "fr", storageKey: "k", originalName: "a.pdf", contentType: "application/pdf", sizeBytes: 1, sha256: "0".repeat(64) })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(upload("fr", 1, { documentId: "cnotadocument000000000001" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.documentFile.count({ where: { documentId } })).toBe(0);
  });
});

describe("removeDocumentFile and revertDocumentFile", () => {
  it("remove takes the current file down and keeps every version", async () => {
    await upload("fr", 1);
    await upload("fr", 2);
    await removeDocumentFile(db, editor, { documentId, language: "fr" });
    expect((await filesOf("fr")).map((file) => file.isCurrent)).toEqual([null, null]);
    await expect(removeDocumentFile(db, editor, { documentId, language: "fr" })).rejects.toThrow("There is no current French file to remove. Reload the page.");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: documentId, action: "document.file.remove" }, select: { before: true } });
    expect(audit.before).toMatchObject({ language: "fr", fileVersion: 2 });
  });

  it("revert makes an earlier version current again, and a removed one too", async () => {
    const first = await upload("fr", 1);
    await upload("fr", 2);
    const reverted = await revertDocumentFile(db, editor, { fileId: first.file.id });
    expect(reverted).toEqual({ documentId, currentFileId: first.file.id, affectsPublic: true });
    expect((await filesOf("fr")).map((file) => file.isCurrent)).toEqual([true, null]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: documentId, action: "document.file.revert" }, select: { before: true, after: true } });
    expect(audit).toMatchObject({ before: { fileVersion: 2 }, after: { fileVersion: 1 } });
    expect((await revertDocumentFile(db, editor, { fileId: first.file.id })).affectsPublic).toBe(false);
    await removeDocumentFile(db, editor, { documentId, language: "fr" });
    await revertDocumentFile(db, editor, { fileId: first.file.id });
    expect((await filesOf("fr")).map((file) => file.isCurrent)).toEqual([true, null]);
    // The next upload still counts on from the highest version.
    expect((await upload("fr", 3)).file.version).toBe(3);
  });
});

describe("staff reads", () => {
  it("findStaffDocument gives every language with its current file and history, newest first", async () => {
    await upload("fr", 1);
    await upload("fr", 2);
    const document = await findStaffDocument(db, registrar, documentId);
    expect(document?.parent).toEqual({ kind: "event", id: eventId, title: "Event", href: `/admin/events/${eventId}` });
    expect(document?.form).toMatchObject({ id: documentId, version: 1, kind: "REPORT", symbol: "", languages: ["en", "fr"], issuedOn: "" });
    expect(document?.files.map((entry) => entry.language)).toEqual(["en", "ar", "zh", "fr", "ru", "es"]);
    const french = document?.files.find((entry) => entry.language === "fr");
    expect(french?.issued).toBe(true);
    expect(french?.current).toMatchObject({ version: 2, isCurrent: true, originalName: "report-2.pdf", sizeBytes: 1001, uploadedBy: `Files editor ${tag}`, textStatus: "PENDING" });
    expect(french?.history.map((file) => file.version)).toEqual([2, 1]);
    expect(document?.files.find((entry) => entry.language === "en")).toEqual({ language: "en", issued: true, current: null, history: [] });
    expect(await findStaffDocument(db, registrar, "cnotadocument000000000001")).toBeNull();
  });

  it("findDocumentsOf lists a parent's documents in order with the languages that have files", async () => {
    await upload("fr", 1);
    const second = await db.document.create({ data: { eventId, kind: "AGENDA", title: { en: "Agenda" }, position: -1 }, select: { id: true } });
    const rows = await findDocumentsOf(db, registrar, { eventId });
    expect(rows.map((row) => row.id)).toEqual([second.id, documentId]);
    expect(rows[1]?.languages).toEqual([
      { language: "en", hasFile: false },
      { language: "fr", hasFile: true },
    ]);
    await expect(findDocumentsOf(db, null, { eventId })).rejects.toThrow("Please sign in.");
  });
});
