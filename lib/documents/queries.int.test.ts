// The public document reads against a real PostgreSQL: only published documents under public
// parents, only current files, principal documents by symbol.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { listOtherPublicDocuments, listPrincipalDocuments } from "@/lib/documents/queries";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 2 });
const tag = randomUUID().slice(0, 8);
const symbol = (value: string) => `TEST/${tag}/${value}`;

beforeAll(async () => {
  const draftEvent = await db.event.create({ data: { slug: `draft-${tag}`, title: { en: "Draft" }, year: 2013, status: "DRAFT" } });
  await db.document.createMany({
    data: [
      { kind: "RESOLUTION", symbol: symbol("2"), title: { en: `Second ${tag}` }, isPrincipal: true, status: "PUBLISHED" },
      { kind: "RESOLUTION", symbol: symbol("1"), title: { en: `First ${tag}` }, isPrincipal: true, status: "PUBLISHED" },
      { kind: "RESOLUTION", symbol: symbol("3"), title: { en: `Draft ${tag}` }, isPrincipal: true, status: "DRAFT" },
      { kind: "REPORT", title: { en: `Under draft event ${tag}` }, eventId: draftEvent.id, status: "PUBLISHED" },
      { kind: "STATEMENT", title: { en: `Loose statement ${tag}` }, status: "PUBLISHED" },
    ],
  });
  const first = await db.document.findUniqueOrThrow({ where: { symbol: symbol("1") } });
  const file = (language: "EN" | "FR", version: number, isCurrent: boolean | null, sizeBytes: bigint) => ({
    documentId: first.id,
    language,
    version,
    isCurrent,
    storageKey: `test-${tag}-${language}-${version}`,
    originalName: "a.pdf",
    contentType: "application/pdf",
    sizeBytes,
    sha256: "0".repeat(64),
  });
  // English: an old version and the current one; French: only a version that is no longer current
  // (its file was removed), so French must not be offered at all.
  await db.documentFile.createMany({ data: [file("EN", 1, null, 1000n), file("EN", 2, true, 2345n), file("FR", 1, null, 999n)] });
  await db.document.update({ where: { id: first.id }, data: { languages: ["EN", "FR"] } });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { OR: [{ symbol: { startsWith: `TEST/${tag}/` } }, { title: { path: ["en"], string_contains: tag } }] } });
  await db.event.deleteMany({ where: { slug: `draft-${tag}` } });
  await db.$disconnect();
});

describe("listPrincipalDocuments", () => {
  it("lists published principal documents by symbol, never drafts", async () => {
    const ours = (await listPrincipalDocuments()).filter((document) => document.symbol?.startsWith(`TEST/${tag}/`));
    expect(ours.map((document) => document.symbol)).toEqual([symbol("1"), symbol("2")]);
  });

  it("gives the issued languages and only the current file of each, with what the table shows", async () => {
    const first = (await listPrincipalDocuments()).find((document) => document.symbol === symbol("1"));
    expect(first?.languages).toEqual(["EN", "FR"]);
    // No file ids and no storage keys: the public links are /files/{documentId}/{language}.
    expect(first?.files).toEqual([{ language: "EN", contentType: "application/pdf", sizeBytes: 2345n }]);
  });
});

describe("listOtherPublicDocuments", () => {
  it("omits documents of draft events", async () => {
    const titles = (await listOtherPublicDocuments()).map((document) => JSON.stringify(document.title));
    expect(titles).toContain(JSON.stringify({ en: `Loose statement ${tag}` }));
    expect(titles.some((title) => title.includes(`Under draft event ${tag}`))).toBe(false);
  });
});
