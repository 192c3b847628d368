// `npm run bench`: every benchmark, one after the other (each starts its own production server on
// a throwaway database, so they never measure each other): the public pages
// (scripts/bench-pages.ts), search (scripts/bench-search.ts, when present) and the upload
// (scripts/bench-upload.ts, with a smaller file than its own 1 GiB default: the combined run is
// about speed, `npm run bench:upload` alone is the full memory test). Each prints its own figures;
// this prints a summary and exits non-zero when any of them missed a target or failed.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { onShutdown } from "./lib/children";
import { say } from "./lib/console";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const UPLOAD_SIZE = "200MB";

interface Bench {
  name: string;
  script: string;
  args: string[];
}

const benches: Bench[] = [
  { name: "pages", script: "scripts/bench-pages.ts", args: [] },
  { name: "search", script: "scripts/bench-search.ts", args: [] },
  { name: "upload", script: "scripts/bench-upload.ts", args: ["--size", UPLOAD_SIZE] },
];

let running: ReturnType<typeof spawn> | undefined;
onShutdown(() => {
  running?.kill("SIGTERM");
});

function run(bench: Bench): Promise<number> {
  return new Promise((resolve, reject) => {
    // node directly (not npm run): signals reach the benchmark, which stops its server and database.
    running = spawn(process.execPath, ["--import", "tsx", bench.script, ...bench.args], { cwd: root, stdio: "inherit" });
    running.on("error", reject);
    running.on("exit", (code, signal) => resolve(signal ? 128 : (code ?? 1)));
  });
}

const results: { name: string; outcome: string; seconds: number; failed: boolean }[] = [];
for (const bench of benches) {
  if (!existsSync(path.join(root, bench.script))) {
    results.push({ name: bench.name, outcome: `not run: ${bench.script} does not exist`, seconds: 0, failed: false });
    continue;
  }
  say(`\n=== bench: ${bench.name} (${[bench.script, ...bench.args].join(" ")}) ===\n`);
  const started = Date.now();
  const code = await run(bench);
  running = undefined;
  const seconds = (Date.now() - started) / 1000;
  results.push({ name: bench.name, outcome: code === 0 ? "all targets met" : `missed a target or failed (exit ${code})`, seconds, failed: code !== 0 });
  if (code === 130) break;
}

say("\n=== bench: summary ===");
for (const result of results) say(`  ${result.failed ? "FAIL" : "ok  "}  ${result.name.padEnd(7)} ${result.outcome}${result.seconds ? ` (${result.seconds.toFixed(0)} s)` : ""}`);
process.exit(results.some((result) => result.failed) ? 1 : 0);
