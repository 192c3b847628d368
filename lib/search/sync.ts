// Keeps search_entries in step with what the public can see. The index is derived data, rebuilt
// by comparison rather than by hooks in every mutation: one query computes, for every public
// meeting, agenda item and document and each of its languages, a fingerprint of the source rows
// (their updated_at and versions, the current file and its extraction status); only entries
// whose fingerprint changed are rebuilt, and entries of things no longer public (unpublished,
// deleted, drafts) are deleted. It runs from the background loop when the public revision moves
// and after text extraction (lib/publishing/background.ts), so a publish is findable within one
// cache poll, and any missed trigger is repaired by the next run.
//
// Runs under a transaction-level advisory lock, so two instances never interleave their writes.
// No "server-only" marker: the background jobs, tests and the benchmark call it with a client.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/database/client";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { asTranslatable, translate, translateText } from "@/lib/i18n/translatable";
import { cjkIndexText } from "./cjk";
import { TS_CONFIG } from "./languages";
import { stripMarkers } from "./snippet";

/** Longer extracted texts are cut: tsvectors are limited to 1 MB, and ts_headline reads the whole body. */
export const BODY_MAX_CHARS = 100_000;
const BATCH = 200;
/** How much of the body the ranking vector holds (search_entries.rank_document). */
const RANK_LEAD_CHARS = 600;
const LOCK_KEY = 0x5ea4c4; // "search", any constant shared by every instance

type EntityType = "MEETING" | "AGENDA_ITEM" | "DOCUMENT";

interface Wanted {
  type: EntityType;
  id: string;
  lang: UnLanguage;
  fp: string;
}

interface EntryRow {
  type: EntityType;
  entityId: string;
  lang: UnLanguage;
  title: string;
  symbol: string | null;
  body: string;
  path: string;
  kind: string;
  eventSlug: string | null;
  year: number | null;
  sortDate: Date | null;
  fp: string;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const LANGS_SQL = `ARRAY['${UN_LANGUAGES.join("','")}']`;

// Languages of a translatable JSON column that hold text.
const textLangs = (column: string) => `SELECT k FROM jsonb_each_text(coalesce(${column}, '{}'::jsonb)) AS j(k, v) WHERE btrim(v) <> ''`;

const WANTED_SQL = `
  SELECT 'MEETING' AS type, m.id, l.lang,
         md5(concat_ws('|', m.updated_at, m.version, m.agenda_version, e.slug, e.year, e.updated_at)) AS fp
  FROM meetings m JOIN events e ON e.id = m.event_id
  CROSS JOIN LATERAL (${textLangs("m.title")} UNION ${textLangs("m.summary")}) AS l(lang)
  WHERE m.status IN ('PUBLISHED', 'CANCELLED') AND e.status IN ('PUBLISHED', 'CANCELLED') AND l.lang = ANY(${LANGS_SQL})
  UNION ALL
  SELECT 'AGENDA_ITEM', a.id, l.lang,
         md5(concat_ws('|', a.updated_at, m.updated_at, m.agenda_version, e.slug, e.year))
  FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN events e ON e.id = m.event_id
  CROSS JOIN LATERAL (${textLangs("a.title")}) AS l(lang)
  WHERE a.kind = 'ITEM' AND m.status IN ('PUBLISHED', 'CANCELLED') AND e.status IN ('PUBLISHED', 'CANCELLED') AND l.lang = ANY(${LANGS_SQL})
  UNION ALL
  SELECT 'DOCUMENT', d.id, l.lang,
         md5(concat_ws('|', d.updated_at, d.version, e.slug, e.year, m.slug, me.slug, me.year, f.id, f.text_status, f.updated_at))
  FROM documents d
  LEFT JOIN events e ON e.id = d.event_id
  LEFT JOIN meetings m ON m.id = d.meeting_id
  LEFT JOIN events me ON me.id = m.event_id
  CROSS JOIN LATERAL (
    ${textLangs("d.title")}
    UNION SELECT cf.language::text FROM document_files cf WHERE cf.document_id = d.id AND cf.is_current
  ) AS l(lang)
  LEFT JOIN document_files f ON f.document_id = d.id AND f.is_current AND f.language::text = l.lang
  WHERE d.status = 'PUBLISHED' AND (d.event_id IS NULL OR e.status = 'PUBLISHED')
    AND (d.meeting_id IS NULL OR (m.status IN ('PUBLISHED', 'CANCELLED') AND me.status = 'PUBLISHED'))
    AND l.lang = ANY(${LANGS_SQL})`;

// The same visibility as the public pages: meetings (and their agendas) of published or cancelled
// events (lib/meetings/queries.ts), documents per publicDocumentWhere (lib/documents/queries.ts).
const key = (type: string, id: string, lang: string) => `${type}:${id}:${lang}`;

/** Text as stored and indexed: marker characters removed, cut to BODY_MAX_CHARS. */
function clean(text: string): string {
  return stripMarkers(text).slice(0, BODY_MAX_CHARS);
}

/** A translatable field's text in exactly `lang` (bodies are never indexed from another language). */
const exact = (value: unknown, lang: UnLanguage) => asTranslatable(value)[lang];

function joinText(...parts: (string | null | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === "string" && part.trim() !== "").join("\n\n");
}

async function buildMeetings(tx: Tx, wanted: Wanted[]): Promise<EntryRow[]> {
  if (wanted.length === 0) return [];
  const meetings = await tx.meeting.findMany({
    where: { id: { in: [...new Set(wanted.map((row) => row.id))] } },
    select: { id: true, slug: true, kind: true, title: true, summary: true, cancellationNotice: true, startsAt: true, publishedAt: true, event: { select: { slug: true, year: true } } },
  });
  const byId = new Map(meetings.map((meeting) => [meeting.id, meeting]));
  return wanted.flatMap((row) => {
    const meeting = byId.get(row.id);
    if (!meeting) return [];
    return [{
      type: row.type, entityId: row.id, lang: row.lang, fp: row.fp,
      title: clean(translateText(meeting.title, row.lang)),
      symbol: null,
      body: clean(joinText(exact(meeting.summary, row.lang), exact(meeting.cancellationNotice, row.lang))),
      path: `/meetings/${meeting.slug}`,
      kind: meeting.kind,
      eventSlug: meeting.event.slug,
      year: meeting.startsAt?.getUTCFullYear() ?? meeting.event.year,
      sortDate: meeting.startsAt ?? meeting.publishedAt,
    }];
  });
}

async function buildAgendaItems(tx: Tx, wanted: Wanted[]): Promise<EntryRow[]> {
  if (wanted.length === 0) return [];
  const items = await tx.agendaItem.findMany({
    where: { id: { in: [...new Set(wanted.map((row) => row.id))] } },
    select: {
      id: true, title: true, description: true, startsAt: true,
      speakers: { select: { name: true, function: true, organisation: true }, orderBy: { position: "asc" } },
      meeting: { select: { slug: true, startsAt: true, publishedAt: true, event: { select: { slug: true, year: true } } } },
    },
  });
  const byId = new Map(items.map((item) => [item.id, item]));
  return wanted.flatMap((row) => {
    const item = byId.get(row.id);
    if (!item) return [];
    const speakers = item.speakers.map((speaker) => [speaker.name, translate(speaker.function, row.lang)?.text, translate(speaker.organisation, row.lang)?.text].filter(Boolean).join(", "));
    return [{
      type: row.type, entityId: row.id, lang: row.lang, fp: row.fp,
      title: clean(translateText(item.title, row.lang)),
      symbol: null,
      body: clean(joinText(exact(item.description, row.lang), speakers.join("; "))),
      path: `/meetings/${item.meeting.slug}#agenda-heading`,
      kind: "AGENDA_ITEM",
      eventSlug: item.meeting.event.slug,
      year: (item.startsAt ?? item.meeting.startsAt)?.getUTCFullYear() ?? item.meeting.event.year,
      sortDate: item.startsAt ?? item.meeting.startsAt ?? item.meeting.publishedAt,
    }];
  });
}

async function buildDocuments(tx: Tx, wanted: Wanted[]): Promise<EntryRow[]> {
  const rows: EntryRow[] = [];
  // Documents carry their extracted texts: read them a batch at a time.
  for (let start = 0; start < wanted.length; start += BATCH) {
    const slice = wanted.slice(start, start + BATCH);
    const documents = await tx.document.findMany({
      where: { id: { in: [...new Set(slice.map((row) => row.id))] } },
      select: {
        id: true, kind: true, symbol: true, title: true, description: true, issuedOn: true, publishedAt: true,
        event: { select: { slug: true, year: true } },
        meeting: { select: { slug: true, event: { select: { slug: true, year: true } } } },
        files: { where: { isCurrent: true }, select: { language: true, textStatus: true, textContent: true } },
      },
    });
    const byId = new Map(documents.map((document) => [document.id, document]));
    for (const row of slice) {
      const document = byId.get(row.id);
      if (!document) continue;
      const file = document.files.find((candidate) => candidate.language.toLowerCase() === row.lang);
      const event = document.event ?? document.meeting?.event ?? null;
      const path = document.symbol
        ? `/documents/symbol/${document.symbol}`
        : file
          ? `/files/${document.id}/${row.lang}`
          : document.meeting
            ? `/meetings/${document.meeting.slug}`
            : document.event
              ? `/events/${document.event.slug}`
              : "/documents";
      rows.push({
        type: row.type, entityId: row.id, lang: row.lang, fp: row.fp,
        title: clean(translateText(document.title, row.lang)),
        symbol: document.symbol,
        body: clean(joinText(exact(document.description, row.lang), file?.textStatus === "DONE" ? file.textContent : null)),
        path,
        kind: document.kind,
        eventSlug: event?.slug ?? null,
        year: event?.year ?? document.issuedOn?.getUTCFullYear() ?? null,
        sortDate: document.issuedOn ?? document.publishedAt,
      });
    }
  }
  return rows;
}

/** What to_tsvector reads: the text itself, or its CJK bigrams for Chinese (lib/search/cjk.ts). */
function indexText(text: string, lang: UnLanguage): string {
  return lang === "zh" ? cjkIndexText(text) : text;
}

async function writeEntries(tx: Tx, rows: EntryRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const column = <T>(pick: (row: EntryRow) => T) => batch.map(pick);
    await tx.$executeRaw`
      INSERT INTO search_entries (id, entity_type, entity_id, language, title, symbol, symbol_key, body, path, kind, event_slug, year, sort_date, fingerprint, document, rank_document, created_at, updated_at)
      SELECT u.id, u.type::search_entity_type, u.entity_id, u.lang::language, u.title, u.symbol, upper(u.symbol), u.body, u.path, u.kind, u.event_slug, u.year::int, u.sort_date::timestamptz, u.fp,
             setweight(to_tsvector(u.cfg::regconfig, u.title_ix), 'A')
             || setweight(to_tsvector('simple', coalesce(u.symbol, '')), 'A')
             || setweight(to_tsvector(u.cfg::regconfig, u.body_ix), 'B'),
             setweight(to_tsvector(u.cfg::regconfig, u.title_ix), 'A')
             || setweight(to_tsvector('simple', coalesce(u.symbol, '')), 'A')
             || setweight(to_tsvector(u.cfg::regconfig, left(u.body_ix, ${RANK_LEAD_CHARS})), 'B'),
             now(), now()
      FROM unnest(
        ${column(() => randomUUID())}::text[], ${column((row) => row.type)}::text[], ${column((row) => row.entityId)}::text[],
        ${column((row) => row.lang)}::text[], ${column((row) => row.title)}::text[], ${column((row) => row.symbol)}::text[],
        ${column((row) => row.body)}::text[], ${column((row) => row.path)}::text[], ${column((row) => row.kind)}::text[],
        ${column((row) => row.eventSlug)}::text[], ${column((row) => (row.year === null ? null : String(row.year)))}::text[],
        ${column((row) => row.sortDate?.toISOString() ?? null)}::text[], ${column((row) => row.fp)}::text[],
        ${column((row) => TS_CONFIG[row.lang])}::text[], ${column((row) => indexText(row.title, row.lang))}::text[],
        ${column((row) => indexText(row.body, row.lang))}::text[]
      ) AS u(id, type, entity_id, lang, title, symbol, body, path, kind, event_slug, year, sort_date, fp, cfg, title_ix, body_ix)
      ON CONFLICT (entity_type, entity_id, language) DO UPDATE SET
        title = EXCLUDED.title, symbol = EXCLUDED.symbol, symbol_key = EXCLUDED.symbol_key, body = EXCLUDED.body,
        path = EXCLUDED.path, kind = EXCLUDED.kind, event_slug = EXCLUDED.event_slug, year = EXCLUDED.year,
        sort_date = EXCLUDED.sort_date, fingerprint = EXCLUDED.fingerprint, document = EXCLUDED.document,
        rank_document = EXCLUDED.rank_document, updated_at = now()`;
  }
}

export interface SyncResult {
  written: number;
  deleted: number;
}

/** Brings search_entries in line with the public data; returns how many entries changed. */
export async function syncSearchIndex(db: Db): Promise<SyncResult> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK_KEY})`;
      const wanted = await tx.$queryRawUnsafe<Wanted[]>(WANTED_SQL);
      const existing = await tx.$queryRaw<{ id: string; type: string; entityId: string; lang: string; fp: string }[]>`
        SELECT id, entity_type::text AS type, entity_id AS "entityId", language::text AS lang, fingerprint AS fp FROM search_entries`;
      const known = new Map(existing.map((row) => [key(row.type, row.entityId, row.lang), row]));
      const wantedKeys = new Set(wanted.map((row) => key(row.type, row.id, row.lang)));
      const stale = wanted.filter((row) => known.get(key(row.type, row.id, row.lang))?.fp !== row.fp);
      const gone = existing.filter((row) => !wantedKeys.has(key(row.type, row.entityId, row.lang))).map((row) => row.id);
      if (gone.length > 0) await tx.searchEntry.deleteMany({ where: { id: { in: gone } } });
      const of = (type: EntityType) => stale.filter((row) => row.type === type);
      const rows = [
        ...(await buildMeetings(tx, of("MEETING"))),
        ...(await buildAgendaItems(tx, of("AGENDA_ITEM"))),
        ...(await buildDocuments(tx, of("DOCUMENT"))),
      ];
      await writeEntries(tx, rows);
      return { written: rows.length, deleted: gone.length };
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}
