// Runs one extraction in a child process (lib/text-extraction/worker.mjs) under hard bounds:
// a wall-clock limit (then SIGKILL), a V8 heap cap, a cap on its whole resident memory, an
// input-size cap enforced by the child as the bytes arrive, and a cap on what is read back. A child process rather than a worker thread:
// a thread's resourceLimits leave Buffers and native memory uncapped and a native crash in a
// library would take the web server down with it; a process is killed whole and its memory freed.
import { spawn } from "node:child_process";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { logger } from "@/lib/logger";
import { watchResidentMemory } from "@/lib/text-extraction/memory-watch";
import { normaliseText } from "@/lib/text-extraction/normalise";

export interface ExtractionLimits {
  /** Wall-clock limit for one file, from spawning the child to its answer. */
  timeLimitMs: number;
  /** Larger files are skipped without being read. */
  maxInputBytes: number;
  /** Stored text is cut to this many characters. */
  maxTextChars: number;
  /** The child's V8 heap (--max-old-space-size). */
  memoryLimitMb: number;
  /** The child's whole resident memory, heap and buffers (lib/text-extraction/memory-watch.ts). */
  maxResidentMb: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = {
  timeLimitMs: 20_000,
  maxInputBytes: 50 * 1024 * 1024,
  maxTextChars: 1_000_000,
  memoryLimitMb: 256,
  // Reading a 50 MB file takes about 210 MB, 1,100 pages of text about 260 MB.
  maxResidentMb: 512,
};

export type ExtractionKind = "pdf" | "docx";

export type ExtractionOutcome =
  | { status: "DONE"; text: string; note: string | null }
  | { status: "SKIPPED"; note: string }
  | { status: "FAILED"; note: string };

const KINDS: Record<string, ExtractionKind> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
};

export function extractionKind(contentType: string): ExtractionKind | null {
  return KINDS[contentType] ?? null;
}

/**
 * The worker is spawned by path, outside Next's bundle: `next start`, `npm start`, the e2e server
 * and Vitest all run from the project root, where this file is (and the node_modules it imports).
 */
export const WORKER_PATH = path.join(process.cwd(), "lib", "text-extraction", "worker.mjs");

export class ExtractionAbortedError extends Error {
  constructor() {
    super("Text extraction stopped");
    this.name = "ExtractionAbortedError";
  }
}

const OUT_OF_MEMORY = /heap out of memory|allocation failed/i;

export const sizeInMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

function outcomeOf(line: string, kind: ExtractionKind, limits: ExtractionLimits): ExtractionOutcome | null {
  let answer: { ok?: unknown; text?: unknown; truncated?: unknown; reason?: unknown };
  try {
    answer = JSON.parse(line) as typeof answer;
  } catch {
    return null;
  }
  if (answer.ok === true && typeof answer.text === "string") {
    const { text, truncated } = normaliseText(answer.text, limits.maxTextChars);
    const cut = truncated || answer.truncated === true;
    const note = cut
      ? `Only the first ${limits.maxTextChars.toLocaleString("en")} characters are kept.`
      : text === ""
        ? "No text found (a scanned document?)."
        : null;
    return { status: "DONE", text, note };
  }
  switch (answer.reason) {
    case "too-large":
      return { status: "SKIPPED", note: `Larger than ${sizeInMb(limits.maxInputBytes)}: text is not extracted.` };
    case "password":
      return { status: "SKIPPED", note: "The PDF is password-protected." };
    case "invalid":
      return { status: "FAILED", note: kind === "pdf" ? "Could not be read as a PDF." : "Could not be read as a Word document." };
    default:
      return null;
  }
}

/** Extracts the text of one file. Rejects only with ExtractionAbortedError (when `signal` aborts). */
export async function extractText(
  input: Readable,
  kind: ExtractionKind,
  limits: ExtractionLimits = DEFAULT_LIMITS,
  options: { signal?: AbortSignal; workerPath?: string } = {},
): Promise<ExtractionOutcome> {
  // Raw text carries more white space than the stored text; JSON escaping at most sextuples it.
  const rawChars = limits.maxTextChars * 2;
  const maxAnswerBytes = rawChars * 6 + 1024;
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${limits.memoryLimitMb}`, options.workerPath ?? WORKER_PATH, kind, String(limits.maxInputBytes), String(rawChars)],
    // No inherited environment: the child never sees the database URL or any secret.
    { stdio: ["pipe", "pipe", "pipe"], env: { NODE_ENV: "production" }, windowsHide: true },
  );

  let killedFor: "time" | "memory" | "output" | "input" | "abort" | undefined;
  const kill = (reason: typeof killedFor) => {
    killedFor ??= reason;
    child.kill("SIGKILL");
  };
  const timer = setTimeout(() => kill("time"), limits.timeLimitMs);
  const stopWatching = child.pid ? watchResidentMemory(child.pid, limits.maxResidentMb * 1024 * 1024, () => kill("memory")) : () => undefined;
  const onAbort = () => kill("abort");
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) kill("abort");

  const answer: Buffer[] = [];
  let answerBytes = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    answerBytes += chunk.length;
    if (answerBytes > maxAnswerBytes) kill("output");
    else answer.push(chunk);
  });
  // The tail of stderr only tells an out-of-memory abort from other crashes; it is never stored.
  let stderrTail = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderrTail = (stderrTail + chunk.toString("utf8")).slice(-2048);
  });

  // A store that fails half way must not pass a truncated file off as complete: the child is
  // killed. The child itself stops reading when it refuses an over-size file or dies, which
  // breaks the pipe: that is no input failure.
  let stdinClosed = false;
  const closeStdin = () => {
    stdinClosed = true;
  };
  child.stdin.on("error", closeStdin).on("close", closeStdin);
  input.on("error", () => {
    if (!stdinClosed) kill("input");
  });
  const feeding = pipeline(input, child.stdin).catch(() => undefined);

  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once("close", (code, signal) => resolve({ code, signal }));
    child.once("error", () => resolve({ code: null, signal: null }));
  });
  clearTimeout(timer);
  stopWatching();
  options.signal?.removeEventListener("abort", onAbort);
  await feeding;

  if (killedFor === "abort") throw new ExtractionAbortedError();
  if (killedFor === "time") return { status: "FAILED", note: `Timed out after ${limits.timeLimitMs / 1000} s.` };
  if (killedFor === "memory") return { status: "FAILED", note: "Ran out of memory." };
  if (killedFor === "output") return { status: "FAILED", note: "The extracted text was larger than allowed." };
  if (killedFor === "input") return { status: "FAILED", note: "The stored file could not be read." };
  const outcome = outcomeOf(Buffer.concat(answer).toString("utf8").trim(), kind, limits);
  if (outcome) return outcome;
  if (exit.signal === "SIGABRT" || OUT_OF_MEMORY.test(stderrTail)) return { status: "FAILED", note: "Ran out of memory." };
  // Not the file's fault as far as we can tell (a missing worker or library would fail every file
  // this way): tell the operator. Exit status only; stderr might quote the file.
  logger.warn("Text-extraction worker stopped unexpectedly", { kind, code: exit.code, signal: exit.signal });
  return { status: "FAILED", note: "The extractor stopped unexpectedly." };
}
