// The public search over search_entries: full-text in each entry's own language configuration,
// exact and prefix matches of UN symbols, ranked with ts_rank_cd (a symbol match first), the
// reader's language before the others, highlighted with ts_headline (lib/search/snippet.ts).
// Ranking reads the small rank_document (title, symbol, the body's first lines), never the full
// document vector: a common word matches thousands of entries, and reading each large vector
// back from TOAST to rank it made such queries several times slower (bench:search).
// No "server-only" marker: the page (through queries.ts), tests and the benchmark call it.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/database/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import { cjkQuery } from "./cjk";
import { TS_CONFIG } from "./languages";
import { SEARCH_PAGE_SIZE, symbolKey, type SearchParams, type SearchType } from "./schemas";
import { MARK_END, MARK_START, markTerms, splitMarked, type SnippetPart } from "./snippet";

export interface SearchResult {
  type: SearchType;
  id: string;
  title: SnippetPart[];
  symbol: string | null;
  /** Locale-less public path ("/meetings/…"), or "/files/…" which has no locale. */
  path: string;
  snippet: SnippetPart[];
  language: UnLanguage;
  kind: string;
  event: string | null;
  year: number | null;
}

export interface SearchOutcome {
  total: number;
  page: number;
  pages: number;
  results: SearchResult[];
}

interface Row {
  total: bigint;
  id: string | null;
  type: SearchType;
  language: UnLanguage;
  title: string;
  title_marked: string | null;
  snippet_marked: string | null;
  body: string | null;
  symbol: string | null;
  path: string;
  kind: string;
  event_slug: string | null;
  year: number | null;
}

const HEADLINE = `StartSel="${MARK_START}", StopSel="${MARK_END}", MaxWords=35, MinWords=15, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel="${MARK_START}", StopSel="${MARK_END}", HighlightAll=true`;
const SNOWBALL: UnLanguage[] = ["en", "fr", "es", "ru", "ar"];

/** The tsquery of `q` for entries in `language`. */
function tsQuery(q: string, language: UnLanguage): Prisma.Sql {
  if (language !== "zh") return Prisma.sql`websearch_to_tsquery(${TS_CONFIG[language]}::regconfig, ${q})`;
  const { websearch, prefixes } = cjkQuery(q);
  const phrase = Prisma.sql`websearch_to_tsquery('simple', ${websearch})`;
  if (prefixes.length === 0) return phrase;
  return Prisma.sql`(${phrase} && to_tsquery('simple', ${prefixes.map((char) => `${char}:*`).join(" & ")}))`;
}

function filters(params: SearchParams): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (params.type) parts.push(Prisma.sql`e.entity_type = ${params.type}::search_entity_type`);
  if (params.language) parts.push(Prisma.sql`e.language = ${params.language}::language`);
  if (params.event) parts.push(Prisma.sql`e.event_slug = ${params.event}`);
  if (params.year !== null) parts.push(Prisma.sql`e.year = ${params.year}`);
  return parts.length > 0 ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Words the reader typed, for marking Chinese snippets (websearch operators left out). */
function queryTerms(q: string): string[] {
  return q
    .split(/[\s"]+/)
    .filter((term) => term !== "" && term.toLowerCase() !== "or")
    .map((term) => term.replace(/^-/, ""))
    .filter((term) => term !== "");
}

function marked(text: string, terms: string[], width?: number): SnippetPart[] {
  return splitMarked(markTerms(text, terms, width));
}

export async function searchEntries(db: Db, params: SearchParams & { locale: UnLanguage }): Promise<SearchOutcome> {
  const empty = { total: 0, page: params.page, pages: 0, results: [] };
  if (params.q === "") return empty;
  const languages: UnLanguage[] = [...SNOWBALL, "zh"];
  const symbol = symbolKey(params.q);
  // One index condition: the query as each language reads it, OR-ed. Tying each reading to its
  // own language (language = 'fr' AND document @@ q_fr, …) made PostgreSQL read every matching
  // entry's large document vector back from TOAST to check it (bench:search: common words five
  // times slower). The price is that an entry may match through another language's reading of
  // the query; its rank, computed with its own language's reading, then puts it last.
  const anyLanguage = Prisma.join(languages.map((language) => tsQuery(params.q, language)), " || ");
  const matches = [Prisma.sql`e.document @@ (${anyLanguage})`];
  if (symbol) matches.push(Prisma.sql`e.symbol_key = ${symbol}`, Prisma.sql`e.symbol_key LIKE ${`${symbol}%`}`);
  const rankQuery = Prisma.sql`CASE e.language ${Prisma.join(
    languages.map((language) => Prisma.sql`WHEN ${language}::language THEN ${tsQuery(params.q, language)}`),
    " ",
  )} END`;
  const config = Prisma.sql`(CASE e.language ${Prisma.join(
    SNOWBALL.map((language) => Prisma.sql`WHEN ${language}::language THEN ${TS_CONFIG[language]}`),
    " ",
  )} ELSE 'simple' END)::regconfig`;
  const offset = (params.page - 1) * SEARCH_PAGE_SIZE;

  // The planner prices the match as a sequential scan (it does not count reading each large
  // document vector back from TOAST to test it), which is five to seven times slower than the GIN
  // index, whose matches need no re-check: 208 ms against 34 ms for a word found in 4,300 of
  // 13,000 entries (bench:search). So this one transaction forbids sequential scans.
  const [, rows] = await db.$transaction([db.$executeRaw`SET LOCAL enable_seqscan = off`, db.$queryRaw<Row[]>`
    WITH hits AS MATERIALIZED (
      SELECT e.id, e.language, e.sort_date,
             CASE WHEN e.symbol_key = ${symbol} THEN 100 WHEN e.symbol_key LIKE ${`${symbol ?? ""}%`} AND ${symbol !== null} THEN 10 ELSE 0 END
               + ts_rank_cd(e.rank_document, ${rankQuery}) AS score
      FROM search_entries e
      WHERE (${Prisma.join(matches, " OR ")}) ${filters(params)}
    ),
    page AS (
      SELECT id, score FROM hits
      ORDER BY (language = ${params.locale}::language) DESC, score DESC, sort_date DESC NULLS LAST, id
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${offset}
    )
    SELECT t.total, p.*
    FROM (SELECT count(*) AS total FROM hits) t
    LEFT JOIN LATERAL (
      SELECT e.id, e.entity_type::text AS type, e.language::text AS language, e.title, e.symbol, e.path, e.kind, e.event_slug, e.year,
             CASE WHEN e.language <> 'zh' THEN ts_headline(${config}, e.title, ${rankQuery}, ${TITLE_HEADLINE}) END AS title_marked,
             CASE WHEN e.language <> 'zh' THEN ts_headline(${config}, e.body, ${rankQuery}, ${HEADLINE}) END AS snippet_marked,
             CASE WHEN e.language = 'zh' THEN e.body END AS body,
             page.score
      FROM page JOIN search_entries e ON e.id = page.id
    ) p ON true
    ORDER BY (p.language = ${params.locale}) DESC, p.score DESC NULLS LAST, p.id`]);

  const total = Number(rows[0]?.total ?? 0);
  const terms = queryTerms(params.q);
  const results = rows.flatMap((row): SearchResult[] => {
    if (row.id === null) return [];
    // ts_headline would show Chinese in its indexed form (bigrams): Chinese is marked here instead.
    return [{
      type: row.type,
      id: row.id,
      title: row.title_marked !== null ? splitMarked(row.title_marked) : marked(row.title, terms, 1000),
      symbol: row.symbol,
      path: row.path,
      snippet: row.snippet_marked !== null ? splitMarked(row.snippet_marked) : marked(row.body ?? "", terms),
      language: row.language,
      kind: row.kind,
      event: row.event_slug,
      year: row.year,
    }];
  });
  return { total, page: params.page, pages: Math.ceil(total / SEARCH_PAGE_SIZE), results };
}
