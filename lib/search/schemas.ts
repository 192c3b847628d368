// The search page's URL parameters (q, type, language, event, year, page), parsed field by field:
// a bad filter is dropped with a notice instead of failing the whole search, and nothing a reader
// types can reach the database unchecked. Client-safe (no server imports).
import { z } from "zod";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { slugSchema } from "@/lib/validation/common";
import { stripMarkers } from "./snippet";

export const SEARCH_TYPES = ["MEETING", "AGENDA_ITEM", "DOCUMENT"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_SIZE = 10;
/** Deeper pages are refused: nobody reads result 5,000, and OFFSET cost grows with depth. */
export const SEARCH_MAX_PAGE = 100;

export type SearchProblem = "tooLong" | "badFilter" | "noTerms";

export interface SearchParams {
  q: string;
  type: SearchType | null;
  language: UnLanguage | null;
  event: string | null;
  year: number | null;
  page: number;
}

export interface ParsedSearchParams {
  params: SearchParams;
  problems: SearchProblem[];
}

const fields = {
  type: z.string().trim().toUpperCase().pipe(z.enum(SEARCH_TYPES)),
  language: z.string().trim().toLowerCase().pipe(z.enum(UN_LANGUAGES)),
  event: z.string().trim().toLowerCase().pipe(slugSchema),
  year: z.string().trim().regex(/^\d{4}$/).transform(Number).pipe(z.number().int().min(1900).max(2100)),
  page: z.string().trim().regex(/^\d{1,6}$/).transform(Number).pipe(z.number().int().min(1).max(SEARCH_MAX_PAGE)),
};

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** The reader's query with control and marker characters removed and spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return stripMarkers(raw)
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function parseSearchParams(raw: RawParams): ParsedSearchParams {
  const problems: SearchProblem[] = [];
  const pick = <T>(name: keyof typeof fields): T | null => {
    const value = first(raw[name]).trim();
    if (value === "") return null;
    const parsed = fields[name].safeParse(value);
    if (parsed.success) return parsed.data as T;
    if (!problems.includes("badFilter")) problems.push("badFilter");
    return null;
  };
  let q = normaliseQuery(first(raw.q));
  if (q.length > SEARCH_QUERY_MAX) {
    problems.push("tooLong");
    q = "";
  } else if (q !== "" && !/[\p{L}\p{N}]/u.test(q)) {
    problems.push("noTerms");
    q = "";
  }
  return {
    params: {
      q,
      type: pick<SearchType>("type"),
      language: pick<UnLanguage>("language"),
      event: pick<string>("event"),
      year: pick<number>("year"),
      page: pick<number>("page") ?? 1,
    },
    problems,
  };
}

/** The URL query of a search (only what is set), for links that keep the filters. */
export function searchQueryString(params: SearchParams, overrides: Partial<SearchParams> = {}): string {
  const merged = { ...params, ...overrides };
  const out = new URLSearchParams();
  if (merged.q) out.set("q", merged.q);
  if (merged.type) out.set("type", merged.type);
  if (merged.language) out.set("language", merged.language);
  if (merged.event) out.set("event", merged.event);
  if (merged.year !== null) out.set("year", String(merged.year));
  if (merged.page > 1) out.set("page", String(merged.page));
  return out.toString();
}

/**
 * An exact or partial UN symbol ("A/67/254", "a/res/68", "E/CN.9/2013/3"): a letter, then
 * letters, digits, dots, dashes or parentheses separated by slashes, with at least one slash.
 * Returned upper-cased, as stored in search_entries.symbol_key; a query with spaces is not a symbol.
 */
export function symbolKey(query: string): string | null {
  const key = query.trim().toUpperCase();
  return /^[A-Z][A-Z0-9.()-]*(\/[A-Z0-9.()-]*)+$/.test(key) && key.length <= 60 ? key : null;
}
