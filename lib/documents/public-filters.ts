// The public documents library's filters (kind, language, event, year, page) and their two
// spellings: the query string people and the GET form use (/en/documents?kind=REPORT&page=2) and
// the canonical internal path the cached page is rendered at (/en/documents/f/REPORT/-/-/-/2).
//
// Why two: a page that reads searchParams renders per request. proxy.ts validates the query with
// this schema and rewrites it to the canonical path, an ISR page keyed by its path, so every
// combination is one cached page and two spellings of the same filters share it. Invalid queries
// are answered 404 by the proxy and never reach (or fill) the cache. Client-safe: no server imports.
import { z } from "zod";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { slugSchema } from "@/lib/validation/common";
import { DOCUMENT_KINDS, type DocumentKindValue } from "./list-params";

export const LIBRARY_PAGE_SIZE = 50;
/** Bounds that keep the number of cacheable combinations finite. */
export const LIBRARY_MIN_YEAR = 1990;
export const LIBRARY_MAX_YEAR = 2100;
export const LIBRARY_MAX_PAGE = 1000;
/** The internal path segment under /{locale}/documents that holds the canonical filters. */
export const FILTERED_SEGMENT = "f";
/** "Any value" in a canonical path position. */
const ANY = "-";

export interface LibraryFilters {
  kind: DocumentKindValue | null;
  language: UnLanguage | null;
  event: string | null;
  year: number | null;
  page: number;
}

export const NO_FILTERS: LibraryFilters = { kind: null, language: null, event: null, year: null, page: 1 };

/** A form's empty choice ("All kinds") arrives as ""; it means no filter. */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const libraryFiltersSchema = z
  .object({
    kind: z.preprocess(blankToUndefined, z.string().trim().toUpperCase().pipe(z.enum(DOCUMENT_KINDS)).optional()),
    language: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(z.enum(UN_LANGUAGES)).optional()),
    event: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().pipe(slugSchema).optional()),
    year: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{4}$/)
        .transform(Number)
        .pipe(z.number().int().min(LIBRARY_MIN_YEAR).max(LIBRARY_MAX_YEAR))
        .optional(),
    ),
    page: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^\d{1,4}$/)
        .transform(Number)
        .pipe(z.number().int().min(1).max(LIBRARY_MAX_PAGE))
        .optional(),
    ),
  })
  .transform(
    (value): LibraryFilters => ({
      kind: value.kind ?? null,
      language: value.language ?? null,
      event: value.event ?? null,
      year: value.year ?? null,
      page: value.page ?? 1,
    }),
  );

const FILTER_KEYS = ["kind", "language", "event", "year", "page"] as const;

/**
 * The filters of a query string. Other parameters (utm_source, …) are ignored: they do not change
 * the page. A filter given twice is invalid rather than silently picking one. null when invalid.
 */
export function parseLibraryQuery(params: URLSearchParams): LibraryFilters | null {
  const raw: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const [value, ...more] = params.getAll(key);
    if (more.length > 0) return null;
    if (value !== undefined) raw[key] = value;
  }
  const parsed = libraryFiltersSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export function isUnfiltered(filters: LibraryFilters): boolean {
  return filters.kind === null && filters.language === null && filters.event === null && filters.year === null && filters.page === 1;
}

/** The canonical path segments: kind, language, event, year, page; "-" for any. */
export function libraryPathSegments(filters: LibraryFilters): string[] {
  return [filters.kind ?? ANY, filters.language ?? ANY, filters.event ?? ANY, filters.year === null ? ANY : String(filters.year), String(filters.page)];
}

/**
 * The filters of the canonical path segments, or null unless they are exactly the canonical
 * spelling (so one combination has one cached page, and a hand-made path cannot add another).
 */
export function parseLibraryPath(segments: readonly string[]): LibraryFilters | null {
  if (segments.length !== 5) return null;
  const raw: Record<string, string> = {};
  FILTER_KEYS.forEach((key, index) => {
    const segment = segments[index];
    if (segment !== undefined && segment !== ANY) raw[key] = segment;
  });
  const parsed = libraryFiltersSchema.safeParse(raw);
  if (!parsed.success || isUnfiltered(parsed.data)) return null;
  const canonical = libraryPathSegments(parsed.data);
  return canonical.every((segment, index) => segment === segments[index]) ? parsed.data : null;
}

/** The public address of `filters` (without the locale): /documents, /documents?kind=REPORT&page=2. */
export function libraryHref(filters: LibraryFilters): string {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.language) params.set("language", filters.language);
  if (filters.event) params.set("event", filters.event);
  if (filters.year !== null) params.set("year", String(filters.year));
  if (filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/documents?${query}` : "/documents";
}

/**
 * Where the proxy sends a request for /{locale}/documents with this query: null when it has no
 * filter query (the plain page), { notFound } when invalid, or the internal canonical path.
 */
export function libraryRewrite(locale: string, params: URLSearchParams): { path: string } | { notFound: true } | null {
  if (!FILTER_KEYS.some((key) => params.has(key))) return null;
  const filters = parseLibraryQuery(params);
  if (!filters) return { notFound: true };
  if (isUnfiltered(filters)) return { path: `/${locale}/documents` };
  return { path: `/${locale}/documents/${FILTERED_SEGMENT}/${libraryPathSegments(filters).join("/")}` };
}
