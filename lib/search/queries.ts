import "server-only";
import { db } from "@/lib/db";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { SearchParams } from "./schemas";
import { searchEntries, type SearchOutcome } from "./search";

export type { SearchOutcome, SearchResult } from "./search";

/** The public search (lib/search/search.ts) on the app's database. */
export async function searchPublic(params: SearchParams & { locale: UnLanguage }): Promise<SearchOutcome> {
  return searchEntries(db, params);
}

/** The years that have something to find, newest first, for the year filter. */
export async function listSearchYears(): Promise<number[]> {
  const rows = await db.$queryRaw<{ year: number }[]>`SELECT DISTINCT year FROM search_entries WHERE year IS NOT NULL ORDER BY year DESC`;
  return rows.map((row) => row.year);
}
