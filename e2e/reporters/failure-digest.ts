// A Playwright reporter that repeats, at the very end of the run, what a failed test saw and what
// the server complained about. CI keeps only the tail of the output and none of test-results/, so
// without this a failure there says "element(s) not found" and nothing about the page that was
// showing instead (an error page? a 404?) or about the server error behind it.
//
// For each failed test: the page snapshot (accessibility tree) Playwright wrote to its
// error-context attachment. For the web server: its error lines (Next's "⨯" render errors and our
// JSON log lines at level "error"), counted, with the last few repeated.
import { readFile } from "node:fs/promises";
import type { Reporter, TestCase, TestResult } from "@playwright/test/reporter";

const SERVER_ERROR = /⨯|"level":"error"|Failed to proxy|ECONNRESET/u;
/** Next's start-up list of experiments marks a disabled one with "⨯" too ("⨯ isrFlushToDisk"). */
const EXPERIMENT_FLAG = /⨯\S*\s+\w+\s*$/u;
/** Next prints a render error's digest on the line after the "⨯" line; kept, not counted. */
const ERROR_DETAIL = /^\s*(?:\[WebServer\]\s*)?digest:/u;
const KEPT_SERVER_LINES = 20;
const SNAPSHOT_LINES = 40;

/** The YAML page snapshot of an error-context file, or null when it has none. */
export function pageSnapshotOf(markdown: string): string | null {
  const match = /```yaml\n([\s\S]*?)```/u.exec(markdown);
  return match?.[1]?.trimEnd() ?? null;
}

/**
 * The site's banner (languages, search, navigation) fills the first lines of every snapshot; what
 * tells a failure apart is the page's main landmark. Starts there when there is one, else at the top.
 */
export function focusOnMain(lines: string[]): string[] {
  const main = lines.findIndex((line) => /^\s*- main\b/u.test(line));
  return main > 0 ? [lines[0] ?? "", "…", ...lines.slice(main)] : lines;
}

export default class FailureDigest implements Reporter {
  private readonly failures: { title: string; snapshot: string | null }[] = [];
  private readonly pending: Promise<void>[] = [];
  private readonly serverLines: string[] = [];
  private serverErrors = 0;

  onStdOut(chunk: string | Buffer, test?: TestCase): void {
    if (!test) this.collectServerOutput(chunk);
  }

  onStdErr(chunk: string | Buffer, test?: TestCase): void {
    if (!test) this.collectServerOutput(chunk);
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.status === test.expectedStatus) return;
    const title = test.titlePath().filter(Boolean).join(" › ");
    const context = result.attachments.find((attachment) => attachment.name === "error-context" && attachment.path);
    const entry = { title, snapshot: null as string | null };
    this.failures.push(entry);
    if (context?.path) {
      this.pending.push(
        readFile(context.path, "utf8").then(
          (markdown) => void (entry.snapshot = pageSnapshotOf(markdown)),
          () => undefined,
        ),
      );
    }
  }

  async onEnd(): Promise<void> {
    await Promise.all(this.pending);
    const out: string[] = [];
    for (const failure of this.failures) {
      out.push("", `── page at failure: ${failure.title}`);
      if (!failure.snapshot) {
        out.push("   (no page snapshot)");
        continue;
      }
      const lines = focusOnMain(failure.snapshot.split("\n"));
      out.push(...lines.slice(0, SNAPSHOT_LINES).map((line) => `   ${line}`));
      if (lines.length > SNAPSHOT_LINES) out.push(`   … ${lines.length - SNAPSHOT_LINES} more lines`);
    }
    if (this.serverErrors > 0) {
      out.push("", `── web server error lines: ${this.serverErrors} (the last ${Math.min(KEPT_SERVER_LINES, this.serverLines.length)})`);
      out.push(...this.serverLines.map((line) => `   ${line}`));
    }
    if (out.length > 0) process.stdout.write(`${out.join("\n")}\n`);
  }

  printsToStdio(): boolean {
    return false;
  }

  private collectServerOutput(chunk: string | Buffer): void {
    for (const line of chunk.toString().split("\n")) {
      const isError = SERVER_ERROR.test(line) && !EXPERIMENT_FLAG.test(line);
      if (!isError && !ERROR_DETAIL.test(line)) continue;
      if (isError) this.serverErrors++;
      this.serverLines.push(line.slice(0, 400));
      if (this.serverLines.length > KEPT_SERVER_LINES) this.serverLines.shift();
    }
  }
}
