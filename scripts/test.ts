// `npm test`: every check the project has, in one command, exiting non-zero if any fails.
//   1. typecheck (tsc --noEmit)   2. lint (eslint)   3. Vitest: unit + integration (the latter
//   against a throwaway embedded PostgreSQL)   4. Playwright against the production build.
// All steps run even after a failure, so one run shows everything that is wrong; the last line
// sums the test cases: "N passed, N failed".
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

interface StepResult {
  name: string;
  ok: boolean;
  seconds: number;
  passed: number;
  failed: number;
}

function runStep(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    // Inherits the environment: the tools read their own variables (CI, PATH, …).
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward).on("SIGTERM", forward);
    child.on("error", () => resolve(1));
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward).off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8").catch(() => "null")) as unknown;
}

function numberAt(value: unknown, ...keys: string[]): number {
  let current = value;
  for (const key of keys) current = typeof current === "object" && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  return typeof current === "number" ? current : 0;
}

async function main(): Promise<void> {
  const reports = await mkdtemp(path.join(tmpdir(), "hld-test-reports-"));
  const results: StepResult[] = [];
  const step = async (name: string, run: () => Promise<{ code: number; passed?: number; failed?: number }>) => {
    process.stdout.write(`\n━━ ${name} ━━\n`);
    const started = Date.now();
    const { code, passed = 0, failed = 0 } = await run();
    const ok = code === 0;
    // A failing tool that reported no failing case (a crash, a config error) still counts once.
    results.push({ name, ok, seconds: (Date.now() - started) / 1000, passed, failed: ok ? failed : Math.max(failed, 1) });
  };

  try {
    await step("typecheck", async () => ({ code: await runStep(bin("tsc"), ["--noEmit"]) }));
    await step("lint", async () => ({ code: await runStep(bin("eslint"), ["."]) }));
    await step("vitest (unit + integration)", async () => {
      const output = path.join(reports, "vitest.json");
      const code = await runStep(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${output}`]);
      const report = await readJson(output);
      return { code, passed: numberAt(report, "numPassedTests"), failed: numberAt(report, "numFailedTests") };
    });
    await step("playwright (production build, Chromium)", async () => {
      const output = path.join(reports, "playwright.json");
      const code = await runStep(bin("playwright"), ["test", "--reporter=list,json"], { PLAYWRIGHT_JSON_OUTPUT_NAME: output });
      const report = await readJson(output);
      return {
        code,
        passed: numberAt(report, "stats", "expected") + numberAt(report, "stats", "flaky"),
        failed: numberAt(report, "stats", "unexpected"),
      };
    });
  } finally {
    await rm(reports, { recursive: true, force: true });
  }

  process.stdout.write("\n━━ summary ━━\n");
  for (const result of results) {
    const counts = result.passed + result.failed > 0 ? ` (${result.passed} passed, ${result.failed} failed)` : "";
    process.stdout.write(`${result.ok ? "✓" : "✗"} ${result.name}${counts} in ${result.seconds.toFixed(1)} s\n`);
  }
  const passed = results.reduce((sum, result) => sum + result.passed + (result.ok && result.passed === 0 ? 1 : 0), 0);
  const failed = results.reduce((sum, result) => sum + result.failed, 0);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

await main();
