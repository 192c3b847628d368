// The documents library's reads against a real PostgreSQL: each filter, principal documents first,
// pagination, drafts and documents under unpublished parents never shown, lookup by symbol.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";
import { NO_FILTERS, type LibraryFilters } from "./public-filters";
import { findDocumentBySymbol, findLibraryChoices, findLibraryPage } from "./public-library";

const db = testDb(2);
const tag = randomUUID().slice(0, 8);
const slug = (name: string) => `${name}-${tag}`;
const symbol = (value: string) => `LIB/${tag.toUpperCase()}/${value}`;
const titleOf = (document: { title: unknown }) => (document.title as { en: string }).en;
const ours = (documents: { title: unknown }[]) => documents.map(titleOf).filter((title) => title.endsWith(tag));

async function page(filters: Partial<LibraryFilters>, pageSize?: number) {
  return findLibraryPage(db, { ...NO_FILTERS, ...filters }, pageSize);
}

beforeAll(async () => {
  // Years no seeded document uses, so that year filters see only this file's documents.
  const event = await db.event.create({ data: { slug: slug("lib-event"), title: { en: "Library event" }, year: 2091, status: "PUBLISHED" } });
  const draftEvent = await db.event.create({ data: { slug: slug("lib-draft"), title: { en: "Draft event" }, year: 2091, status: "DRAFT" } });
  const meeting = await db.meeting.create({
    data: { slug: slug("lib-meeting"), title: { en: "Library meeting" }, kind: "ROUNDTABLE", eventId: event.id, status: "PUBLISHED", timeZone: "America/New_York" },
  });
  const draftMeeting = await db.meeting.create({
    data: { slug: slug("lib-draft-meeting"), title: { en: "Draft meeting" }, kind: "ROUNDTABLE", eventId: event.id, status: "DRAFT", timeZone: "America/New_York" },
  });
  await db.document.createMany({
    data: [
      { kind: "RESOLUTION", symbol: symbol("RES/2"), title: { en: `Resolution two ${tag}` }, isPrincipal: true, issuedOn: new Date("2092-03-01"), status: "PUBLISHED", languages: ["EN", "AR"] },
      { kind: "RESOLUTION", symbol: symbol("RES/1"), title: { en: `Resolution one ${tag}` }, isPrincipal: true, issuedOn: new Date("2091-01-05"), status: "PUBLISHED", languages: ["EN"] },
      { kind: "REPORT", title: { en: `Event report ${tag}` }, eventId: event.id, status: "PUBLISHED", languages: ["EN", "FR"] },
      { kind: "AGENDA", title: { en: `Meeting agenda ${tag}` }, meetingId: meeting.id, issuedOn: new Date("2091-06-01"), status: "PUBLISHED" },
      { kind: "REPORT", symbol: symbol("DRAFT"), title: { en: `Draft report ${tag}` }, eventId: event.id, status: "DRAFT" },
      { kind: "REPORT", title: { en: `Under draft event ${tag}` }, eventId: draftEvent.id, status: "PUBLISHED" },
      { kind: "AGENDA", title: { en: `Under draft meeting ${tag}` }, meetingId: draftMeeting.id, status: "PUBLISHED" },
    ],
  });
  // A French file only, on the agenda: the language filter finds documents by their files too.
  const agenda = await db.document.findFirstOrThrow({ where: { title: { path: ["en"], equals: `Meeting agenda ${tag}` } } });
  await db.documentFile.create({
    data: {
      documentId: agenda.id,
      language: "FR",
      version: 1,
      isCurrent: true,
      storageKey: `lib-${tag}`,
      originalName: "ordre.pdf",
      contentType: "application/pdf",
      sizeBytes: 10n,
      sha256: "0".repeat(64),
    },
  });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { title: { path: ["en"], string_ends_with: tag } } });
  await db.meeting.deleteMany({ where: { slug: { endsWith: tag } } });
  await db.event.deleteMany({ where: { slug: { endsWith: tag } } });
  await db.$disconnect();
});

describe("findLibraryPage", () => {
  it("lists the public documents, principal ones first, never drafts nor documents under unpublished parents", async () => {
    const { documents } = await page({ event: slug("lib-event") });
    // Dated before undated.
    expect(ours(documents)).toEqual([`Meeting agenda ${tag}`, `Event report ${tag}`]);
    const everything = (await page({}, 10_000)).documents;
    const all = ours(everything);
    expect(all).not.toContain(`Draft report ${tag}`);
    expect(all).not.toContain(`Under draft event ${tag}`);
    expect(all).not.toContain(`Under draft meeting ${tag}`);
    const principal = all.filter((title) => title.startsWith("Resolution"));
    expect(principal).toEqual([`Resolution one ${tag}`, `Resolution two ${tag}`]);
    // Principal documents come before every other document of the library.
    const firstOther = everything.findIndex((document) => !document.isPrincipal);
    expect(firstOther).toBeGreaterThan(0);
    expect(everything.slice(firstOther).some((document) => document.isPrincipal)).toBe(false);
  });

  it("filters by kind, by language (issued in it or with a file in it) and by event (its meetings included)", async () => {
    expect(ours((await page({ kind: "RESOLUTION", year: 2091 })).documents)).toEqual([`Resolution one ${tag}`]);
    expect(ours((await page({ language: "ar" }, 10_000)).documents)).toEqual([`Resolution two ${tag}`]);
    expect(ours((await page({ language: "fr", year: 2091 })).documents)).toEqual([`Meeting agenda ${tag}`, `Event report ${tag}`]);
    expect(ours((await page({ event: slug("lib-event"), kind: "AGENDA" })).documents)).toEqual([`Meeting agenda ${tag}`]);
  });

  it("filters by year of issue, or of the event when the document states no date", async () => {
    expect(ours((await page({ year: 2091 })).documents)).toEqual([`Resolution one ${tag}`, `Meeting agenda ${tag}`, `Event report ${tag}`]);
    expect(ours((await page({ year: 2092 })).documents)).toEqual([`Resolution two ${tag}`]);
    const none = await page({ year: 2099 });
    expect(none).toEqual({ documents: [], total: 0, page: 1, pageCount: 1 });
  });

  it("pages through the results with the total", async () => {
    const first = await page({ year: 2091 }, 2);
    const second = await page({ year: 2091, page: 2 }, 2);
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    expect(ours(first.documents)).toEqual([`Resolution one ${tag}`, `Meeting agenda ${tag}`]);
    expect(ours(second.documents)).toEqual([`Event report ${tag}`]);
  });

  it("gives only current files and no storage details", async () => {
    const [agenda] = (await page({ year: 2091, kind: "AGENDA" })).documents;
    expect(agenda?.files).toEqual([{ language: "FR", contentType: "application/pdf", sizeBytes: 10n }]);
    expect(agenda?.meeting?.slug).toBe(slug("lib-meeting"));
  });
});

describe("findLibraryChoices", () => {
  it("offers public events only, and the years that have public documents", async () => {
    const choices = await findLibraryChoices(db);
    const slugs = choices.events.map((event) => event.slug);
    expect(slugs).toContain(slug("lib-event"));
    expect(slugs).not.toContain(slug("lib-draft"));
    expect(choices.years.slice(0, 2)).toEqual([2092, 2091]);
  });
});

describe("findDocumentBySymbol", () => {
  it("finds a public document by its symbol, whatever the case typed, and never a draft", async () => {
    expect(titleOf((await findDocumentBySymbol(db, symbol("RES/1")))!)).toBe(`Resolution one ${tag}`);
    expect(titleOf((await findDocumentBySymbol(db, symbol("RES/1").toLowerCase()))!)).toBe(`Resolution one ${tag}`);
    expect(await findDocumentBySymbol(db, symbol("DRAFT"))).toBeNull();
    expect(await findDocumentBySymbol(db, symbol("NONE"))).toBeNull();
  });
});
