// `npm run bench:pages [-- --duration 10 --connections 20 --json file]`: how fast the public pages
// are served. Starts a production server on 127.0.0.1 on a throwaway database (migrated and
// seeded, scripts/lib/bench-server.ts), warms its caches, then loads, one after the other with
// the same connections for the same time (autocannon), the static 404 page, home, a meeting page
// with an agenda, the states page and the documents list, and the 404 again. Target: each page
// serves at least 0.9 of the 404's requests/s (the mean of its two runs): a page served from the
// cache costs about what a static file costs, a page rendered per request costs several times
// more. It also reports the gzipped JavaScript every public page ships (target ≤ 100 KiB).
// Prints tables, writes the figures as JSON, exits non-zero when a target is missed.
import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { PUBLIC_LOCALES } from "@/lib/i18n/routing";
import { checksFor, formatLoadTable, formatScriptsTable, readPagesOptions, type LoadFigures, type PagesFigures, type ScriptFigures } from "./lib/bench-pages-report";
import { measurePageScripts } from "./lib/bench-scripts";
import { startBenchServer, type BenchServer } from "./lib/bench-server";
import { onShutdown } from "./lib/children";
import { say } from "./lib/console";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/**
 * The reference: a URL no route matches and the proxy leaves alone (it has a dot), answered by
 * app/global-not-found.tsx, which the build prerenders (`/_not-found` in the prerender manifest).
 */
const NOT_FOUND_PATH = "/bench-no-such-page.html";
const WARM_UP_SECONDS = 2;

const options = readPagesOptions(process.argv.slice(2));
const tempDir = await mkdtemp(path.join(tmpdir(), "hld-bench-pages-"));
// mkdtemp makes it 700; under root the embedded server runs as "postgres", which must traverse it.
await chmod(tempDir, 0o711);
spawn(process.execPath, [fileURLToPath(new URL("./lib/reaper.mjs", import.meta.url)), String(process.pid), tempDir], {
  detached: true,
  stdio: "ignore",
}).unref();

let server: BenchServer | undefined;
let db: Db | undefined;
let building: { kill(signal?: NodeJS.Signals): boolean } | undefined;
let finishing: Promise<never> | undefined;

function finish(code: number): Promise<never> {
  finishing ??= (async () => {
    building?.kill("SIGTERM");
    try {
      await db?.$disconnect();
      await server?.stop();
    } finally {
      await rm(tempDir, { recursive: true, force: true });
    }
    process.exit(code);
  })();
  return finishing;
}

onShutdown(() => void finish(130));

/** The published meeting with the longest agenda, and a published event, from the seeded database. */
async function seededSlugs(database: Db): Promise<{ meeting: string; event: string }> {
  const meetings = await database.meeting.findMany({
    where: { status: "PUBLISHED", event: { status: "PUBLISHED" } },
    select: { slug: true, _count: { select: { agendaItems: true } } },
  });
  const meeting = meetings.sort((a, b) => b._count.agendaItems - a._count.agendaItems)[0];
  if (!meeting || meeting._count.agendaItems === 0) throw new Error("the seed has no published meeting with an agenda");
  const event = await database.event.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { slug: true }, orderBy: { slug: "asc" } });
  return { meeting: meeting.slug, event: event.slug };
}

/** Requests a page until the cache serves it (or five tries), so the load measures the cached page. */
async function warm(origin: string, pagePath: string): Promise<string> {
  let cache = "";
  for (let attempt = 0; attempt < 5 && cache !== "HIT"; attempt++) {
    const response = await fetch(`${origin}${pagePath}`, { redirect: "manual" });
    await response.arrayBuffer();
    cache = response.headers.get("x-nextjs-cache") ?? "";
  }
  return cache;
}

async function load(origin: string, name: string, pagePath: string, expectedStatus: number): Promise<LoadFigures> {
  const cache = await warm(origin, pagePath);
  const url = `${origin}${pagePath}`;
  await autocannon({ url, connections: options.connections, duration: WARM_UP_SECONDS });
  say(`bench: ${name} (${pagePath}) for ${options.duration} s with ${options.connections} connections…`);
  const result = await autocannon({ url, connections: options.connections, duration: options.duration });
  const expected = Number(result.statusCodeStats?.[`${expectedStatus}`]?.count ?? 0);
  const answered = Object.values(result.statusCodeStats ?? {}).reduce((sum, stat) => sum + Number(stat.count ?? 0), 0);
  return {
    name,
    path: pagePath,
    expectedStatus,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: answered,
    failures: answered - expected + result.errors + result.timeouts,
    cache,
  };
}

async function writeFigures(figures: PagesFigures): Promise<string> {
  const file = options.json ?? path.join(tmpdir(), "hld-bench-results", `pages-${figures.startedAt.replaceAll(":", "-")}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(figures, null, 2)}\n`);
  return file;
}

try {
  const startedAt = new Date().toISOString();
  server = await startBenchServer({ root, tempDir, onBuildChild: (child) => (building = child) });
  db = createPrismaClient(server.databaseUrl, { max: 2 });
  const slugs = await seededSlugs(db);
  const origin = server.origin;

  // Every public page for the JavaScript budget, in every public language.
  const publicPages: [string, string][] = [
    ["home", "/"],
    ["events", "/events"],
    ["event", `/events/${slugs.event}`],
    ["event partners", `/events/${slugs.event}/partners`],
    ["meeting", `/meetings/${slugs.meeting}`],
    ["documents", "/documents"],
    ["documents (filtered)", "/documents?kind=RESOLUTION"],
    ["document by symbol", "/documents/symbol/A/RES/68/4"],
    ["states", "/states"],
    ["partners", "/partners"],
    ["search", "/search?q=migration"],
  ];
  const sizes = new Map<string, number>();
  const scripts: ScriptFigures[] = [];
  for (const locale of PUBLIC_LOCALES) {
    for (const [name, pagePath] of publicPages) {
      scripts.push(await measurePageScripts(origin, `${name} (${locale})`, `/${locale}${pagePath === "/" ? "" : pagePath}`, sizes));
    }
  }

  const reference: LoadFigures[] = [];
  const pages: LoadFigures[] = [];
  reference.push(await load(origin, "static 404 (before)", NOT_FOUND_PATH, 404));
  pages.push(await load(origin, "home", "/en", 200));
  pages.push(await load(origin, "meeting with agenda", `/en/meetings/${slugs.meeting}`, 200));
  pages.push(await load(origin, "states", "/en/states", 200));
  pages.push(await load(origin, "documents", "/en/documents", 200));
  reference.push(await load(origin, "static 404 (after)", NOT_FOUND_PATH, 404));

  const figures: PagesFigures = { startedAt, origin, options: { duration: options.duration, connections: options.connections }, reference, pages, scripts };
  const file = await writeFigures(figures);
  const checks = checksFor(figures);
  say(`\nPages benchmark (${startedAt}, ${options.duration} s per target, ${options.connections} connections)\n${formatLoadTable(figures)}\n`);
  say(`JavaScript shipped per page (gzipped)\n${formatScriptsTable(figures)}\n`);
  for (const check of checks) say(`  ${check.passed ? "ok  " : "FAIL"}  ${check.name}: ${check.detail}`);
  const failed = checks.filter((check) => !check.passed).length;
  say(`\nfigures: ${file}`);
  say(failed === 0 ? "bench:pages passed" : `bench:pages: ${failed} check(s) failed`);
  await finish(failed === 0 ? 0 : 1);
} catch (error) {
  process.stderr.write(`bench:pages failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await finish(1);
}
