// The text-extraction job against a real PostgreSQL and the real disk store: what each kind of
// file ends as, retries and their end, the time limit, claims that never overlap between
// concurrent instances, abandoned claims taken again, and a clean hand-back on shutdown.
// Other test files may leave pending files in the shared database, so every assertion is about
// this file's own rows.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiskStore } from "@/lib/storage/disk-store";
import { newDocumentFileKey } from "@/lib/storage/keys";
import { testDb } from "@/lib/testing/test-db";
import { extractPendingTexts, ONLY_PDF_AND_WORD } from "@/lib/text-extraction/job";
import { sampleDocx, samplePdf, sampleXlsx } from "@/lib/uploads/testing/sample-files";

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const db = testDb(4);
const other = testDb(4);
const tag = randomUUID().slice(0, 8);
let root = "";
let store: ReturnType<typeof createDiskStore>;
let documentId = "";
let version = 0;

async function addFile(bytes: Buffer, contentType: string, fields: { sizeBytes?: number; textClaimedAt?: Date; textAttempts?: number; stored?: boolean } = {}) {
  const storageKey = newDocumentFileKey(documentId, "en");
  if (fields.stored !== false) await store.put(storageKey, Readable.from(bytes), { contentType, size: bytes.length });
  version += 1;
  const file = await db.documentFile.create({
    data: {
      documentId,
      language: "EN",
      version,
      storageKey,
      originalName: `file-${version}`,
      contentType,
      sizeBytes: BigInt(fields.sizeBytes ?? bytes.length),
      sha256: "0".repeat(64),
      textClaimedAt: fields.textClaimedAt,
      textAttempts: fields.textAttempts,
    },
    select: { id: true },
  });
  return file.id;
}

const state = (id: string) =>
  db.documentFile.findUniqueOrThrow({
    where: { id },
    select: { textStatus: true, textContent: true, textNote: true, textAttempts: true, textClaimedAt: true },
  });

const mine = <T extends { id: string }>(ids: string[], results: T[]) => results.filter((result) => ids.includes(result.id));

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "hld-text-"));
  store = createDiskStore(root);
  const event = await db.event.create({ data: { slug: `text-${tag}`, title: { en: "Event" }, year: 2013 }, select: { id: true } });
  const document = await db.document.create({ data: { kind: "REPORT", title: { en: `Report ${tag}` }, eventId: event.id }, select: { id: true } });
  documentId = document.id;
});

afterAll(async () => {
  await db.document.deleteMany({ where: { id: documentId } });
  await db.event.deleteMany({ where: { slug: `text-${tag}` } });
  await Promise.all([db.$disconnect(), other.$disconnect()]);
  await rm(root, { recursive: true, force: true });
});

describe("extractPendingTexts", () => {
  it("stores the text of PDF and Word files and skips other types and oversized files with a note", async () => {
    const pdf = await addFile(samplePdf("Report of the Secretary-General"), PDF);
    const docx = await addFile(await sampleDocx("Rapport du Secrétaire général\nInforme del Secretario General"), DOCX);
    const xlsx = await addFile(await sampleXlsx(), XLSX);
    const big = await addFile(samplePdf("Big"), PDF, { sizeBytes: 60 * 1024 * 1024 });

    const results = await extractPendingTexts(db, store, { maxFiles: 50 });

    expect(mine([pdf, docx, xlsx, big], results)).toHaveLength(4);
    expect(await state(pdf)).toEqual({ textStatus: "DONE", textContent: "Report of the Secretary-General", textNote: null, textAttempts: 1, textClaimedAt: null });
    expect(await state(docx)).toMatchObject({ textStatus: "DONE", textContent: "Rapport du Secrétaire général\n\nInforme del Secretario General", textNote: null });
    expect(await state(xlsx)).toMatchObject({ textStatus: "SKIPPED", textContent: null, textNote: ONLY_PDF_AND_WORD, textClaimedAt: null });
    expect(await state(big)).toMatchObject({ textStatus: "SKIPPED", textContent: null, textNote: "Larger than 50 MB: text is not extracted." });
  });

  it("tries a damaged PDF three times, after a back-off, and then leaves it FAILED with a note", async () => {
    const corrupt = await addFile(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(500, 0x41)]), PDF);
    // Each call takes one file; the default back-off (twice the time limit) hides the file from
    // an immediate second call, a zero back-off does not.
    const first = await extractPendingTexts(db, store, { maxFiles: 50 });
    expect(mine([corrupt], first)).toEqual([{ id: corrupt, status: "PENDING", attempt: 1 }]);
    expect(await state(corrupt)).toMatchObject({ textStatus: "PENDING", textNote: "Could not be read as a PDF. Attempt 1 of 3; it will be tried again.", textAttempts: 1 });
    expect(mine([corrupt], await extractPendingTexts(db, store, { maxFiles: 50 }))).toEqual([]);

    const rest = [...(await extractPendingTexts(db, store, { maxFiles: 50, staleClaimMs: 0 })), ...(await extractPendingTexts(db, store, { maxFiles: 50, staleClaimMs: 0 }))];
    expect(mine([corrupt], rest).map(({ status, attempt }) => [status, attempt])).toEqual([
      ["PENDING", 2],
      ["FAILED", 3],
    ]);
    expect(await state(corrupt)).toEqual({ textStatus: "FAILED", textContent: null, textNote: "Could not be read as a PDF.", textAttempts: 3, textClaimedAt: null });
    expect(mine([corrupt], await extractPendingTexts(db, store, { maxFiles: 50, staleClaimMs: 0 }))).toEqual([]);
  });

  it("kills an extraction over the time limit and extracts the file on a later attempt", async () => {
    const slow = await addFile(await sampleDocx("Eventually extracted"), DOCX);
    await extractPendingTexts(db, store, { maxFiles: 50, timeLimitMs: 50, staleClaimMs: 60_000 });
    expect(await state(slow)).toMatchObject({ textStatus: "PENDING", textNote: "Timed out after 0.05 s. Attempt 1 of 3; it will be tried again.", textAttempts: 1 });

    await extractPendingTexts(db, store, { maxFiles: 50, staleClaimMs: 0 });
    expect(await state(slow)).toEqual({ textStatus: "DONE", textContent: "Eventually extracted", textNote: null, textAttempts: 2, textClaimedAt: null });
  });

  it("never gives one file to two concurrent instances", async () => {
    const ids = await Promise.all(Array.from({ length: 6 }, (_, index) => addFile(samplePdf(`Concurrent ${index}`), PDF)));
    const [a, b] = await Promise.all([extractPendingTexts(db, store, { maxFiles: 50 }), extractPendingTexts(other, store, { maxFiles: 50 })]);

    const processed = mine(ids, [...a, ...b]).map((result) => result.id);
    expect(processed.sort()).toEqual([...ids].sort());
    // Both instances did part of the work, and each file was claimed exactly once.
    expect(mine(ids, a).length).toBeGreaterThan(0);
    expect(mine(ids, b).length).toBeGreaterThan(0);
    for (const [index, id] of ids.entries()) {
      expect(await state(id)).toMatchObject({ textStatus: "DONE", textContent: `Concurrent ${index}`, textAttempts: 1 });
    }
  });

  it("skips a file another instance is claiming at that very moment instead of waiting for it", async () => {
    const held = await addFile(samplePdf("Held"), PDF);
    const free = await addFile(samplePdf("Free"), PDF);
    // The other instance's claim statement holds the row lock: this instance takes the next file.
    const results = await other.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM document_files WHERE id = ${held} FOR UPDATE`;
      return extractPendingTexts(db, store, { maxFiles: 50 });
    }, { timeout: 30_000 });
    expect(mine([held, free], results)).toEqual([{ id: free, status: "DONE", attempt: 1 }]);
    expect(await state(held)).toMatchObject({ textStatus: "PENDING", textAttempts: 0 });
    await extractPendingTexts(db, store, { maxFiles: 50 });
    expect(await state(held)).toMatchObject({ textStatus: "DONE", textContent: "Held", textAttempts: 1 });
  });

  it("takes again a claim abandoned by a dead worker, but not a live one", async () => {
    const abandoned = await addFile(samplePdf("Abandoned"), PDF, { textClaimedAt: new Date(Date.now() - 60 * 60_000), textAttempts: 1 });
    const live = await addFile(samplePdf("Live"), PDF, { textClaimedAt: new Date(), textAttempts: 1 });

    const results = await extractPendingTexts(db, store, { maxFiles: 50 });

    expect(mine([abandoned, live], results)).toEqual([{ id: abandoned, status: "DONE", attempt: 2 }]);
    expect(await state(abandoned)).toMatchObject({ textStatus: "DONE", textContent: "Abandoned", textAttempts: 2 });
    expect(await state(live)).toMatchObject({ textStatus: "PENDING", textContent: null, textAttempts: 1 });
    await db.documentFile.update({ where: { id: live }, data: { textStatus: "SKIPPED" } });
  });

  it("notes a file missing from the store", async () => {
    const missing = await addFile(samplePdf("Gone"), PDF, { stored: false });
    await extractPendingTexts(db, store, { maxFiles: 50, maxAttempts: 1 });
    expect(await state(missing)).toMatchObject({ textStatus: "FAILED", textNote: "The stored file is missing.", textAttempts: 1 });
  });

  it("hands its file back untouched when the process stops mid-extraction", async () => {
    const interrupted = await addFile(samplePdf("Interrupted"), PDF);
    const controller = new AbortController();
    const running = extractPendingTexts(db, store, { maxFiles: 50, signal: controller.signal });
    // Abort once the file is claimed, while its child process runs.
    await expect.poll(async () => (await state(interrupted)).textClaimedAt, { interval: 10 }).not.toBeNull();
    controller.abort();
    expect(mine([interrupted], await running)).toEqual([]);
    expect(await state(interrupted)).toMatchObject({ textStatus: "PENDING", textAttempts: 0, textClaimedAt: null });

    await extractPendingTexts(db, store, { maxFiles: 50 });
    expect(await state(interrupted)).toMatchObject({ textStatus: "DONE", textContent: "Interrupted", textAttempts: 1 });
  });
});
