// Public reads of the documents library (/{locale}/documents) and of one document by its UN
// symbol. Only public documents (publicDocumentWhere: published, under public parents), only
// current files. Each function takes the client so the integration tests run it on their database;
// the cached wrappers are what pages call.
//
// Indexes: status and kind go through @@index([status, kind]); the symbol lookup through the
// unique index on symbol; event and meeting joins through their foreign-key indexes. The library
// holds hundreds of documents, not millions: a page's count and rows are two bounded queries.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/generated/prisma/enums";
import { PUBLIC_EVENT_STATUSES } from "@/lib/meetings/queries";
import { LIBRARY_PAGE_SIZE, type LibraryFilters } from "./public-filters";
import { publicDocumentSelect, publicDocumentWhere, type SourcedDocument } from "./queries";

export interface LibraryDocument extends SourcedDocument {
  isPrincipal: boolean;
}

const libraryDocumentSelect = {
  ...publicDocumentSelect,
  isPrincipal: true,
  event: { select: { slug: true, title: true } },
  meeting: { select: { slug: true, title: true } },
} satisfies Prisma.DocumentSelect;

export interface LibraryPage {
  documents: LibraryDocument[];
  total: number;
  page: number;
  pageCount: number;
}

function toLanguage(code: string): Language {
  return code.toUpperCase() as Language;
}

/**
 * The where clause of `filters`. Year: the year the document was issued, or, for a document
 * without an issue date, the year of its event (directly or through its meeting). Language: the
 * document is issued in it or has a current file in it. Event: attached to the event or to one of
 * its meetings.
 */
export function libraryWhere(filters: LibraryFilters): Prisma.DocumentWhereInput {
  const and: Prisma.DocumentWhereInput[] = [...publicDocumentWhere.AND];
  if (filters.kind) and.push({ kind: filters.kind });
  if (filters.language) {
    const language = toLanguage(filters.language);
    and.push({ OR: [{ languages: { has: language } }, { files: { some: { language, isCurrent: true } } }] });
  }
  if (filters.event) and.push({ OR: [{ event: { slug: filters.event } }, { meeting: { event: { slug: filters.event } } }] });
  if (filters.year !== null) {
    const from = new Date(Date.UTC(filters.year, 0, 1));
    const to = new Date(Date.UTC(filters.year + 1, 0, 1));
    and.push({
      OR: [
        { issuedOn: { gte: from, lt: to } },
        { issuedOn: null, event: { year: filters.year } },
        { issuedOn: null, meeting: { event: { year: filters.year } } },
      ],
    });
  }
  return { status: publicDocumentWhere.status, AND: and };
}

/** One page of the library: principal documents first, each group by symbol, then by date of issue. */
export async function findLibraryPage(client: Db, filters: LibraryFilters, pageSize = LIBRARY_PAGE_SIZE): Promise<LibraryPage> {
  const where = libraryWhere(filters);
  const [total, documents] = await Promise.all([
    client.document.count({ where }),
    client.document.findMany({
      where,
      select: libraryDocumentSelect,
      orderBy: [
        { isPrincipal: "desc" },
        { symbol: { sort: "asc", nulls: "last" } },
        { issuedOn: { sort: "asc", nulls: "last" } },
        { kind: "asc" },
        { position: "asc" },
        { id: "asc" },
      ],
      skip: (filters.page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { documents, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export const getLibraryPage = cache(async (filters: LibraryFilters) => findLibraryPage(db, filters));

export interface LibraryChoices {
  events: { slug: string; title: Prisma.JsonValue; year: number }[];
  /** Years with at least one public document, newest first. */
  years: number[];
}

/** What the filter form offers: the public events, and the years that have documents. */
export async function findLibraryChoices(client: Db): Promise<LibraryChoices> {
  const [events, dated, undated] = await Promise.all([
    client.event.findMany({
      where: { status: { in: [...PUBLIC_EVENT_STATUSES] } },
      select: { slug: true, title: true, year: true },
      orderBy: [{ year: "asc" }, { slug: "asc" }],
    }),
    client.document.groupBy({ by: ["issuedOn"], where: { ...publicDocumentWhere, issuedOn: { not: null } } }),
    client.document.findMany({
      where: { ...publicDocumentWhere, issuedOn: null },
      select: { event: { select: { year: true } }, meeting: { select: { event: { select: { year: true } } } } },
      distinct: ["eventId", "meetingId"],
    }),
  ]);
  const years = new Set<number>();
  for (const row of dated) if (row.issuedOn) years.add(row.issuedOn.getUTCFullYear());
  for (const row of undated) {
    const year = row.event?.year ?? row.meeting?.event.year;
    if (year !== undefined) years.add(year);
  }
  return { events, years: [...years].sort((a, b) => b - a) };
}

export const getLibraryChoices = cache(async () => findLibraryChoices(db));

const symbolDocumentSelect = {
  ...libraryDocumentSelect,
  description: true,
} satisfies Prisma.DocumentSelect;

export type SymbolDocument = Prisma.DocumentGetPayload<{ select: typeof symbolDocumentSelect }>;

/** The public document with this UN symbol (as written, or upper-cased: a/res/68/4), or null. */
export async function findDocumentBySymbol(client: Db, symbol: string): Promise<SymbolDocument | null> {
  const candidates = [...new Set([symbol, symbol.toUpperCase()])];
  const found = await client.document.findMany({
    where: { ...publicDocumentWhere, symbol: { in: candidates } },
    select: symbolDocumentSelect,
  });
  return found.find((document) => document.symbol === symbol) ?? found[0] ?? null;
}

export const getDocumentBySymbol = cache(async (symbol: string) => findDocumentBySymbol(db, symbol));
