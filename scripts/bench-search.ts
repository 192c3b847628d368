// `npm run bench:search [-- --rounds 30]`: the public search over 10,000 generated documents.
// Starts a throwaway embedded PostgreSQL in a temporary folder, migrates it, writes three events
// and 10,000 published documents in the six languages (titles, UN-style symbols, a few KB of
// extracted text per file: lib/search/bench-corpus.ts), indexes them with syncSearchIndex, then
// runs a fixed set of queries (common and rare words per language, symbols, Chinese, Arabic,
// filters, deep pages) round after round through the same function the search page calls, and
// reports p50/p95/p99 per query kind and overall. Exits non-zero when the overall p95 reaches
// 100 ms. Bounded: a fixed number of rounds, and at most --seconds of querying.
// `--keep DIR` keeps the database in DIR for the next run (generated once), e.g. to EXPLAIN queries.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { startEmbeddedPostgres } from "@/lib/database/embedded";
import { applyMigrations } from "@/lib/database/migrator";
import type { Language } from "@/lib/generated/prisma/enums";
import type { UnLanguage } from "@/lib/i18n/languages";
import { BENCH_LANGUAGES, generateSymbol, generateText, generateTitle, RARE_WORDS, seededRandom } from "@/lib/search/bench-corpus";
import type { SearchParams } from "@/lib/search/schemas";
import { searchEntries } from "@/lib/search/search";
import { syncSearchIndex } from "@/lib/search/sync";
import { onShutdown } from "./lib/children";
import { say } from "./lib/console";

const DOCUMENTS = 10_000;
const P95_LIMIT_MS = 100;
const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const ROUNDS = argument("rounds", 30);
const SECONDS = argument("seconds", 120);

const EVENTS = [
  { slug: "bench-hld-2006", year: 2006 },
  { slug: "bench-hld-2013", year: 2013 },
  { slug: "bench-hld-series", year: 2019 },
];

async function generate(db: Db): Promise<void> {
  const random = seededRandom(20261122);
  const eventIds: string[] = [];
  for (const event of EVENTS) {
    eventIds.push((await db.event.create({ data: { slug: event.slug, year: event.year, title: { en: event.slug }, status: "PUBLISHED" }, select: { id: true } })).id);
  }
  const BATCH = 250;
  for (let start = 0; start < DOCUMENTS; start += BATCH) {
    const documents = [];
    const files = [];
    for (let n = start; n < Math.min(DOCUMENTS, start + BATCH); n += 1) {
      const id = randomUUID();
      const primary = BENCH_LANGUAGES[n % BENCH_LANGUAGES.length] as UnLanguage;
      const languages: UnLanguage[] = random() < 0.3 ? [primary, BENCH_LANGUAGES[(n + 1 + Math.floor(random() * 5)) % 6] as UnLanguage] : [primary];
      documents.push({
        id,
        kind: n % 7 === 0 ? ("RESOLUTION" as const) : ("REPORT" as const),
        symbol: n % 5 === 4 ? null : generateSymbol(n),
        title: Object.fromEntries(languages.map((language) => [language, generateTitle(language, n, random)])),
        languages: languages.map((language) => language.toUpperCase() as Language),
        eventId: eventIds[n % eventIds.length],
        status: "PUBLISHED" as const,
        publishedAt: new Date(Date.UTC(2006 + (n % 20), n % 12, 1 + (n % 28))),
      });
      for (const language of languages) {
        files.push({
          documentId: id, language: language.toUpperCase() as Language, version: 1, isCurrent: true, storageKey: `bench/${id}/${language}`,
          originalName: "document.pdf", contentType: "application/pdf", sizeBytes: 100_000n, sha256: "0".repeat(64),
          textStatus: "DONE" as const, textContent: generateText(language, 2000 + Math.floor(random() * 3000), random),
        });
      }
    }
    await db.document.createMany({ data: documents });
    await db.documentFile.createMany({ data: files });
  }
}

interface Probe {
  kind: string;
  params: Partial<SearchParams> & { q: string; locale?: UnLanguage };
}

const PROBES: Probe[] = [
  { kind: "common word", params: { q: "migration" } },
  { kind: "common word", params: { q: "développement durable", locale: "fr" } },
  { kind: "common word", params: { q: "миграция", locale: "ru" } },
  { kind: "common word", params: { q: "desarrollo sostenible", locale: "es" } },
  ...BENCH_LANGUAGES.map((language) => ({ kind: "rare word", params: { q: RARE_WORDS[language], locale: language } })),
  { kind: "symbol", params: { q: generateSymbol(4321) } },
  { kind: "symbol", params: { q: "A/68/10" } },
  { kind: "symbol", params: { q: "E/CN.9/2013" } },
  { kind: "chinese", params: { q: "移民", locale: "zh" } },
  { kind: "chinese", params: { q: "国际移民", locale: "zh" } },
  { kind: "chinese", params: { q: "可持续发展", locale: "zh" } },
  { kind: "arabic", params: { q: "المهاجرين", locale: "ar" } },
  { kind: "arabic", params: { q: "الهجرة الدولية", locale: "ar" } },
  { kind: "filters", params: { q: "migration", language: "fr" } },
  { kind: "filters", params: { q: "rights", event: "bench-hld-2013", type: "DOCUMENT" } },
  { kind: "filters", params: { q: "remittances", year: 2019 } },
  { kind: "deep page", params: { q: "migration", page: 50 } },
  { kind: "deep page", params: { q: "migración", page: 100, locale: "es" } },
];

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => value.toFixed(1).padStart(8);

/** `--keep DIR`: reuse (and keep) the database in DIR, generating it only once, to study plans. */
function keptDir(): string | undefined {
  const at = process.argv.indexOf("--keep");
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<number> {
  const kept = keptDir();
  const dataDir = kept ?? (await mkdtemp(path.join(tmpdir(), "hld-bench-search-")));
  const server = await startEmbeddedPostgres({ dataDir, database: "hld_bench_search" });
  const cleanup = async () => {
    await server.stop();
    if (!kept) await rm(dataDir, { recursive: true, force: true });
  };
  const unhook = onShutdown(() => void cleanup().finally(() => process.exit(130)));
  const db = createPrismaClient(server.url, { max: 4 });
  try {
    await applyMigrations(server.url);
    let mark = performance.now();
    if ((await db.document.count()) === 0) {
      await generate(db);
      say(`Generated ${DOCUMENTS} documents in ${((performance.now() - mark) / 1000).toFixed(1)} s`);
    }
    mark = performance.now();
    const { written } = await syncSearchIndex(db);
    await db.$executeRawUnsafe("VACUUM ANALYZE search_entries");
    say(`Indexed ${written} entries in ${((performance.now() - mark) / 1000).toFixed(1)} s`);

    const timings = new Map<string, number[]>();
    const totals = new Map<string, number>();
    const deadline = performance.now() + SECONDS * 1000;
    let rounds = 0;
    for (; rounds < ROUNDS && performance.now() < deadline; rounds += 1) {
      for (const probe of PROBES) {
        const params = { type: null, language: null, event: null, year: null, page: 1, locale: "en" as const, ...probe.params };
        const started = performance.now();
        const outcome = await searchEntries(db, params);
        const elapsed = performance.now() - started;
        if (rounds === 0) totals.set(`${probe.kind}: ${probe.params.q}${probe.params.page ? ` p${probe.params.page}` : ""}`, outcome.total);
        // The first round warms caches and is not counted.
        else timings.set(probe.kind, [...(timings.get(probe.kind) ?? []), elapsed]);
      }
    }
    say(`\nMatches per query: ${[...totals].map(([name, total]) => `${name} → ${total}`).join("; ")}`);
    say(`\n${rounds - 1} measured rounds of ${PROBES.length} queries\n`);
    say(`${"kind".padEnd(14)}${"n".padStart(6)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"p99 ms".padStart(8)}`);
    const all: number[] = [];
    for (const [kind, values] of timings) {
      const sorted = [...values].sort((a, b) => a - b);
      all.push(...values);
      say(`${kind.padEnd(14)}${String(values.length).padStart(6)}${ms(percentile(sorted, 50))}${ms(percentile(sorted, 95))}${ms(percentile(sorted, 99))}`);
    }
    const sorted = all.sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    say(`${"overall".padEnd(14)}${String(sorted.length).padStart(6)}${ms(percentile(sorted, 50))}${ms(p95)}${ms(percentile(sorted, 99))}`);
    const passed = p95 < P95_LIMIT_MS;
    say(`\nOverall p95 ${p95.toFixed(1)} ms: ${passed ? "under" : "NOT under"} the ${P95_LIMIT_MS} ms target`);
    return passed ? 0 : 1;
  } finally {
    unhook();
    await db.$disconnect();
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench:search failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
