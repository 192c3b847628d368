// Targets, checks and the printed tables of `npm run bench:pages`. Pure, unit-tested.
import { parseArgs } from "node:util";

/** The issue's targets: a cached page serves at least this share of the static 404's requests/s… */
export const MIN_RATIO_TO_404 = 0.9;
/** …and no public page ships more gzipped JavaScript than this. */
export const JS_BUDGET_BYTES = 100 * 1024;

export interface PagesBenchOptions {
  /** Seconds of measured load per target (after its warm-up). */
  duration: number;
  connections: number;
  /** Where the figures go as JSON (default: a file under the system's temporary folder). */
  json: string | undefined;
}

export function readPagesOptions(argv: readonly string[]): PagesBenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "20" },
      json: { type: "string" },
    },
    strict: true,
  });
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  if (!Number.isInteger(duration) || duration < 1 || duration > 120) throw new Error("--duration must be a whole number of seconds from 1 to 120.");
  if (!Number.isInteger(connections) || connections < 1 || connections > 500) throw new Error("--connections must be a whole number from 1 to 500.");
  return { duration, connections, json: values.json };
}

/** One target under load: autocannon's figures, reduced to what the report needs. */
export interface LoadFigures {
  name: string;
  path: string;
  /** The status every answer must have (200 for pages, 404 for the reference). */
  expectedStatus: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers with another status, plus connection errors and timeouts. */
  failures: number;
  /** x-nextjs-cache of the last answer before the load (HIT for a page served from cache). */
  cache: string;
  /** Pages: the mean requests/s of the 404 runs just before and just after this one. */
  referenceRequestsPerSecond?: number;
}

export interface ScriptFigures {
  name: string;
  path: string;
  status: number;
  /** Gzipped bytes of every `<script src>` (each counted once per page) plus the inline scripts. */
  gzipBytes: number;
  scripts: number;
  inlineGzipBytes: number;
  /** The part of gzipBytes that is Next's and React's runtime, shared by every page (rootMainFiles). */
  frameworkGzipBytes: number;
}

export interface PagesFigures {
  startedAt: string;
  origin: string;
  options: { duration: number; connections: number };
  /** The static 404, measured before, between and after the pages. */
  reference: LoadFigures[];
  pages: LoadFigures[];
  scripts: ScriptFigures[];
}

export interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

export function referenceRate(figures: PagesFigures): number {
  const rates = figures.reference.map((run) => run.requestsPerSecond);
  return rates.length === 0 ? 0 : rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
}

/** What a page is compared with: its neighbouring 404 runs (the load on a shared machine drifts), else all of them. */
export function referenceFor(figures: PagesFigures, page: LoadFigures): number {
  return page.referenceRequestsPerSecond ?? referenceRate(figures);
}

export function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

export function checksFor(figures: PagesFigures): Check[] {
  const checks: Check[] = [];
  for (const run of [...figures.reference, ...figures.pages]) {
    checks.push({
      name: `${run.name}: every answer ${run.expectedStatus}`,
      passed: run.requests > 0 && run.failures === 0,
      detail: `${run.requests} requests, ${run.failures} failed`,
    });
  }
  for (const page of figures.pages) {
    const reference = referenceFor(figures, page);
    const ratio = reference > 0 ? page.requestsPerSecond / reference : 0;
    checks.push({
      name: `${page.name}: ≥ ${MIN_RATIO_TO_404} × the 404's requests/s`,
      passed: ratio >= MIN_RATIO_TO_404,
      detail: `${page.requestsPerSecond.toFixed(0)} / ${reference.toFixed(0)} = ${ratio.toFixed(2)}`,
    });
  }
  for (const page of figures.scripts) {
    checks.push({
      name: `${page.name}: JavaScript ≤ ${kib(JS_BUDGET_BYTES)} KiB gzipped`,
      passed: page.status === 200 && page.gzipBytes <= JS_BUDGET_BYTES,
      detail: page.status === 200 ? `${kib(page.gzipBytes)} KiB in ${page.scripts} script(s)` : `answered ${page.status}`,
    });
  }
  return checks;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (cells: string[]) => `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")}`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

export function formatLoadTable(figures: PagesFigures): string {
  const ratio = (run: LoadFigures) => {
    const reference = referenceFor(figures, run);
    return (reference > 0 ? run.requestsPerSecond / reference : 0).toFixed(2);
  };
  const row = (run: LoadFigures, isReference: boolean) => [
    run.name,
    run.requestsPerSecond.toFixed(0),
    isReference ? "(reference)" : ratio(run),
    run.p50Ms.toFixed(0),
    run.p99Ms.toFixed(0),
    String(run.requests),
    String(run.failures),
    run.cache || "-",
  ];
  return table(
    ["target", "req/s", "× 404", "p50 ms", "p99 ms", "requests", "failed", "x-nextjs-cache"],
    [...figures.reference.map((run) => row(run, true)), ...figures.pages.map((run) => row(run, false))],
  );
}

export function formatScriptsTable(figures: PagesFigures): string {
  return table(
    ["page", "status", "scripts", "JS KiB gz", "Next+React runtime", "page's own", "of which inline"],
    figures.scripts.map((page) => [
      page.name,
      String(page.status),
      String(page.scripts),
      kib(page.gzipBytes),
      kib(page.frameworkGzipBytes),
      kib(page.gzipBytes - page.frameworkGzipBytes),
      kib(page.inlineGzipBytes),
    ]),
  );
}
