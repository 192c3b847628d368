// The public search on a real PostgreSQL: per-language stemming, Chinese bigrams, symbols, drafts
// never indexed, extracted text found once extraction is done, filters, pagination, highlighting.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import type { Language } from "@/lib/generated/prisma/enums";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { SearchParams } from "./schemas";
import { searchEntries } from "./search";
import { syncSearchIndex } from "./sync";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 2 });
const tag = randomUUID().slice(0, 8);
const eventSlug = `search-${tag}`;
const otherEventSlug = `search-other-${tag}`;
let eventId = "";
let otherEventId = "";
let pendingFileId = "";

function search(q: string, extra: Partial<SearchParams> & { locale?: UnLanguage } = {}) {
  return searchEntries(db, { q, type: null, language: null, event: eventSlug, year: null, page: 1, locale: "en", ...extra });
}
const titles = async (q: string, extra: Parameters<typeof search>[1] = {}) =>
  (await search(q, extra)).results.map((result) => result.title.map((part) => part.text).join(""));

async function addDocument(title: Record<string, string>, files: { language: Language; text: string | null }[], extra: { symbol?: string; status?: "DRAFT" | "PUBLISHED"; event?: string } = {}) {
  const document = await db.document.create({
    data: { kind: "REPORT", title, symbol: extra.symbol, status: extra.status ?? "PUBLISHED", eventId: extra.event ?? eventId, languages: files.map((file) => file.language) },
    select: { id: true },
  });
  const created = [];
  for (const file of files) {
    created.push(
      await db.documentFile.create({
        data: {
          documentId: document.id, language: file.language, version: 1, isCurrent: true, storageKey: `search-test/${randomUUID()}`,
          originalName: "file.pdf", contentType: "application/pdf", sizeBytes: 10n, sha256: "0".repeat(64),
          textStatus: file.text === null ? "PENDING" : "DONE", textContent: file.text,
        },
        select: { id: true },
      }),
    );
  }
  return { id: document.id, fileIds: created.map((file) => file.id) };
}

beforeAll(async () => {
  eventId = (await db.event.create({ data: { slug: eventSlug, title: { en: "Search test event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } })).id;
  otherEventId = (await db.event.create({ data: { slug: otherEventSlug, title: { en: "Other" }, year: 2006, status: "PUBLISHED" }, select: { id: true } })).id;
  const meeting = await db.meeting.create({
    data: {
      eventId, slug: `search-meeting-${tag}`, kind: "ROUNDTABLE", status: "PUBLISHED",
      title: { en: "Round table on remittances", fr: "Table ronde sur les envois de fonds" },
      summary: { en: "Remittances and the cost of sending money home." },
      agendaItems: { create: [{ position: 1, title: { en: "Opening of the round table by the chair" }, description: { en: "Welcoming remarks on diaspora engagement." } }] },
    },
    select: { id: true },
  });
  await db.meeting.create({ data: { eventId, slug: `search-draft-${tag}`, kind: "PANEL", status: "DRAFT", title: { en: "Secret zanzibarian draft panel" } } });
  await addDocument({ en: "Report on labour mobility" }, [{ language: "EN", text: "Labour mobility partnerships were discussed by delegations." }], { symbol: `A/68/${tag}` });
  await addDocument({ fr: "Rapport sur la migration" }, [{ language: "FR", text: "La migration de main-d'œuvre et le développement durable." }]);
  await addDocument({ ru: "Доклад о миграции" }, [{ language: "RU", text: "Международная миграция и развитие: трудящиеся-мигранты и их семьи." }]);
  await addDocument({ ar: "تقرير عن الهجرة" }, [{ language: "AR", text: "الهجرة الدولية والتنمية وحقوق المهاجرين في البلدان المستقبلة." }]);
  await addDocument({ zh: "关于国际移民的报告" }, [{ language: "ZH", text: "大会第六十八届会议讨论了国际移民与发展问题，强调移民对发展的贡献。" }]);
  await addDocument({ es: "Informe sobre remesas" }, [{ language: "ES", text: "Las remesas de los trabajadores migratorios apoyan a sus familias." }]);
  await addDocument({ en: "Draft zanzibarian report" }, [{ language: "EN", text: "zanzibarian" }], { status: "DRAFT" });
  pendingFileId = (await addDocument({ en: "Statement awaiting text" }, [{ language: "EN", text: null }])).fileIds[0] ?? "";
  for (let i = 0; i < 12; i += 1) await addDocument({ en: `Background paper ${i} on circular migration` }, [{ language: "EN", text: "Circular migration schemes." }]);
  await addDocument({ en: "Circular migration in 2006" }, [{ language: "EN", text: "Circular migration." }], { event: otherEventId });
  expect(meeting.id).toBeTruthy();
  await syncSearchIndex(db);
}, 120_000);

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId: { in: [eventId, otherEventId] } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: { in: [eventId, otherEventId] } } });
  await syncSearchIndex(db);
  await db.$disconnect();
});

describe("stemming per language", () => {
  it("finds French inflected forms", async () => {
    expect(await titles("migrations", { event: eventSlug, language: "fr" })).toEqual(["Rapport sur la migration"]);
  });

  it("finds Russian inflected forms", async () => {
    expect(await titles("миграцией")).toContain("Доклад о миграции");
  });

  it("finds Arabic words with their prefixes", async () => {
    expect(await titles("المهاجرين")).toContain("تقرير عن الهجرة");
    expect(await titles("هجرة")).toContain("تقرير عن الهجرة");
  });

  it("finds English and Spanish inflected forms", async () => {
    expect(await titles("partnership", { type: "DOCUMENT" })).toEqual(["Report on labour mobility"]);
    expect(await titles("remesa")).toContain("Informe sobre remesas");
  });
});

describe("Chinese", () => {
  it("finds a two-character word inside running text, highlighted", async () => {
    const { results } = await search("移民");
    expect(results.map((result) => result.language)).toEqual(["zh"]);
    expect(results[0]?.snippet.filter((part) => part.highlight).map((part) => part.text)).toContain("移民");
    expect(results[0]?.title.some((part) => part.highlight && part.text === "移民")).toBe(true);
  });

  it("matches a longer run by all its bigrams and a single character as a prefix", async () => {
    expect(await titles("国际移民")).toEqual(["关于国际移民的报告"]);
    expect(await titles("移民国际")).toEqual([]);
    expect(await titles("贡")).toEqual(["关于国际移民的报告"]);
  });
});

describe("symbols", () => {
  it("finds a document by its exact symbol and by a prefix, first", async () => {
    expect((await titles(`A/68/${tag}`))[0]).toBe("Report on labour mobility");
    expect(await titles(`a/68/${tag.slice(0, 4)}`)).toEqual(["Report on labour mobility"]);
  });
});

describe("what is public", () => {
  it("never finds drafts", async () => {
    expect(await titles("zanzibarian")).toEqual([]);
  });

  it("finds meetings and agenda items, with their type", async () => {
    const { results } = await search("diaspora");
    expect(results.map((result) => [result.type, result.path])).toEqual([["AGENDA_ITEM", `/meetings/search-meeting-${tag}#agenda-heading`]]);
    expect((await search("remittances", { type: "MEETING" })).results.map((result) => result.path)).toEqual([`/meetings/search-meeting-${tag}`]);
  });

  it("finds a document's text once extraction is done, after the next sync", async () => {
    expect(await titles("kaleidoscopic")).toEqual([]);
    await db.documentFile.update({ where: { id: pendingFileId }, data: { textStatus: "DONE", textContent: "A kaleidoscopic review of policies." } });
    expect(await syncSearchIndex(db)).toMatchObject({ written: 1, deleted: 0 });
    expect(await titles("kaleidoscopic")).toEqual(["Statement awaiting text"]);
  });

  it("drops an unpublished document at the next sync and rewrites nothing unchanged", async () => {
    const doc = await addDocument({ en: "Ephemeral quokka note" }, [{ language: "EN", text: "quokka" }]);
    await syncSearchIndex(db);
    expect(await titles("quokka")).toEqual(["Ephemeral quokka note"]);
    await db.document.update({ where: { id: doc.id }, data: { status: "DRAFT" } });
    expect(await syncSearchIndex(db)).toEqual({ written: 0, deleted: 1 });
    expect(await titles("quokka")).toEqual([]);
  });
});

describe("filters, order and pages", () => {
  it("filters by event, year, language and type", async () => {
    expect((await search("circular", { event: null, year: 2006 })).results.map((result) => result.event)).toEqual([otherEventSlug]);
    expect((await search("circular", { event: otherEventSlug })).total).toBe(1);
    expect((await search("circular", { language: "fr" })).total).toBe(0);
    expect((await search("circular", { type: "MEETING" })).total).toBe(0);
  });

  it("paginates with a stable total", async () => {
    const first = await search("circular");
    const second = await search("circular", { page: 2 });
    const beyond = await search("circular", { page: 5 });
    expect([first.total, first.pages, first.results.length, second.results.length]).toEqual([12, 2, 10, 2]);
    expect(new Set([...first.results, ...second.results].map((result) => result.id)).size).toBe(12);
    expect([beyond.total, beyond.results.length]).toEqual([12, 0]);
  });

  it("puts the reader's language first", async () => {
    const { results } = await search("remittances OR remesas OR envois", { locale: "es" });
    expect(results[0]?.language).toBe("es");
  });

  it("highlights with markers, never markup", async () => {
    const { results } = await search("delegations");
    const highlighted = results[0]?.snippet.filter((part) => part.highlight).map((part) => part.text);
    expect(highlighted).toEqual(["delegations"]);
    expect(results[0]?.snippet.map((part) => part.text).join("")).not.toMatch(/<b>|\uE000|\uE001/);
  });

  it("never fails on hostile or odd queries", async () => {
    for (const q of ["'", "a:*", "!&|()", "<->", '"', "-", "OR", "・", "゛", "ー", "〜移", "移・民", "😀 migration", "x\\y", "%_", "A/%", "A/_/1"]) {
      await expect(search(q), q).resolves.toMatchObject({ page: 1 });
    }
  });

  it("returns nothing, without an error, for stop words only and for an empty query", async () => {
    expect((await search("the of and")).results.map((r) => [r.language, r.title])).toEqual([]);
    expect((await search("")).total).toBe(0);
  });
});
