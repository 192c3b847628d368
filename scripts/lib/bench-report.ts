// Command-line options and the printed table of `npm run bench:upload`. Pure, unit-tested.
import { parseArgs } from "node:util";

export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;
/** The target: the server's memory may grow by less than this during a 1 GB upload. */
export const GROWTH_LIMIT_BYTES = 64 * MIB;

const UNITS: Record<string, number> = { "": 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: MIB, gib: GIB, k: 1024, m: MIB, g: GIB };

/** "1GiB", "200MB", "512mib", "1e9", "1073741824" → bytes; throws a readable error otherwise. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?(?:e\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = match ? UNITS[(match[2] ?? "").toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new Error(`Cannot read the size "${text}": use e.g. 1GiB, 200MB or 512MiB.`);
  return Math.round(Number(match[1]) * factor);
}

export interface BenchOptions {
  size: number;
  store: "disk" | "s3";
}

export function readOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: { size: { type: "string", default: "1GiB" }, store: { type: "string", default: "disk" } },
    strict: true,
  });
  if (values.store !== "disk" && values.store !== "s3") throw new Error('--store must be "disk" or "s3".');
  const size = parseSize(values.size);
  if (size < 1024) throw new Error("--size must be at least 1 KiB.");
  if (size > 8 * GIB) throw new Error("--size may be at most 8 GiB.");
  return { size, store: values.store };
}

export interface BenchFigures {
  size: number;
  store: string;
  ms: number;
  serverPid: number;
  treePids: number;
  baseline: { server: number; tree: number };
  peak: { server: number; tree: number };
  samples: number;
  maxGapMs: number;
}

export function mib(bytes: number): string {
  return (bytes / MIB).toFixed(1);
}

/** Growth of the server and any children it started (the target applies to them together). */
export function growthOf(figures: BenchFigures): number {
  return figures.peak.tree - figures.baseline.tree;
}

export function formatTable(figures: BenchFigures): string {
  const seconds = figures.ms / 1000;
  const rows: [string, string][] = [
    ["file size", `${mib(figures.size)} MiB (${figures.size} bytes), stored on ${figures.store}`],
    ["total time", `${seconds.toFixed(2)} s`],
    ["throughput", `${(figures.size / MIB / seconds).toFixed(1)} MiB/s (${(figures.size / 1e6 / seconds).toFixed(1)} MB/s)`],
    ["server pid", `${figures.serverPid} (the process listening on the port; tree of ${figures.treePids})`],
    ["baseline RSS", `${mib(figures.baseline.tree)} MiB, mean over 1 s after warm-up (serving process ${mib(figures.baseline.server)} MiB)`],
    ["peak RSS", `${mib(figures.peak.tree)} MiB during the upload (serving process ${mib(figures.peak.server)} MiB)`],
    ["peak growth", `${mib(growthOf(figures))} MiB, target < ${mib(GROWTH_LIMIT_BYTES)} MiB (serving process ${mib(figures.peak.server - figures.baseline.server)} MiB)`],
    ["samples", `${figures.samples} (largest gap ${figures.maxGapMs.toFixed(0)} ms)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join("\n");
}
