// The extractor on real files, in its real child process (integration project: it spawns Node).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { access } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { createDeflate } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, ExtractionAbortedError, extractText, WORKER_PATH } from "@/lib/text-extraction/extract";
import { samplePdf, sampleDocx } from "@/lib/uploads/testing/sample-files";

/** A one-page PDF whose content stream inflates from about 3 MB to `megabytes` MB of spaces. */
async function deflateBombPdf(megabytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 1 });
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const compressed = (async () => {
    const parts: Buffer[] = [];
    for await (const part of deflate) parts.push(part as Buffer);
    return Buffer.concat(parts);
  })();
  for (let written = 0; written < megabytes; written += 1) {
    if (!deflate.write(chunk)) await once(deflate, "drain");
  }
  deflate.end();
  const stream = await compressed;
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n", "latin1")];
  const offsets: number[] = [];
  const add = (part: Buffer | string) => {
    offsets.push(Buffer.concat(parts).length);
    parts.push(typeof part === "string" ? Buffer.from(part, "latin1") : part);
  };
  add("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
  add("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
  add("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n");
  add(Buffer.concat([Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, "latin1"), stream, Buffer.from("\nendstream\nendobj\n", "latin1")]));
  const xref = Buffer.concat(parts).length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${entries}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

const limits = (overrides: Partial<typeof DEFAULT_LIMITS> = {}) => ({ ...DEFAULT_LIMITS, ...overrides });

describe("extractText", () => {
  it("reads the text of a PDF", async () => {
    const outcome = await extractText(Readable.from(samplePdf("Report of the High-Level Dialogue (2013)")), "pdf");
    expect(outcome).toEqual({ status: "DONE", text: "Report of the High-Level Dialogue (2013)", note: null });
  });

  it("reads the text of a Word document in every UN language", async () => {
    const lines = ["Migration and development", "Migraciones y desarrollo", "الهجرة والتنمية", "国际移徙与发展", "Международная миграция"];
    const outcome = await extractText(Readable.from(await sampleDocx(lines.join("\n"))), "docx");
    expect(outcome).toEqual({ status: "DONE", text: lines.join("\n\n"), note: null });
  });

  it("fails a damaged PDF and a damaged Word document with a note, never their bytes", async () => {
    const damaged = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(2000, 0x41)]);
    expect(await extractText(Readable.from(damaged), "pdf")).toEqual({ status: "FAILED", note: "Could not be read as a PDF." });
    expect(await extractText(Readable.from(samplePdf("x").subarray(0, 40)), "pdf")).toEqual({ status: "FAILED", note: "Could not be read as a PDF." });
    expect(await extractText(Readable.from(Buffer.from("PK\u0003\u0004 not a zip")), "docx")).toEqual({
      status: "FAILED",
      note: "Could not be read as a Word document.",
    });
  });

  it("skips a password-protected PDF", async () => {
    // A standard security handler whose user-password check fails for the empty password.
    const open = samplePdf("Secret").toString("latin1");
    const locked = open.replace("trailer\n<< ", `trailer\n<< /Encrypt << /Filter /Standard /V 1 /R 2 /O <${"a".repeat(64)}> /U <${"b".repeat(64)}> /P -4 >> /ID [<${"c".repeat(32)}> <${"c".repeat(32)}>] `);
    expect(locked).not.toBe(open);
    expect(await extractText(Readable.from(Buffer.from(locked, "latin1")), "pdf")).toEqual({ status: "SKIPPED", note: "The PDF is password-protected." });
  });

  it("fails with a note, and tells the operator, when the worker cannot run at all", async () => {
    const outcome = await extractText(Readable.from(samplePdf("x")), "pdf", DEFAULT_LIMITS, { workerPath: path.join(process.cwd(), "lib", "text-extraction", "missing.mjs") });
    expect(outcome).toEqual({ status: "FAILED", note: "The extractor stopped unexpectedly." });
  });

  it("skips a file whose bytes run over the input bound, even when the row says otherwise", async () => {
    const outcome = await extractText(Readable.from(samplePdf("Too big")), "pdf", limits({ maxInputBytes: 100 }));
    expect(outcome).toEqual({ status: "SKIPPED", note: "Larger than 0 MB: text is not extracted." });
  });

  it("keeps at most maxTextChars characters and says so", async () => {
    const outcome = await extractText(Readable.from(await sampleDocx("abcdefghij ".repeat(50))), "docx", limits({ maxTextChars: 25 }));
    expect(outcome).toEqual({ status: "DONE", text: "abcdefghij abcdefghij abc", note: "Only the first 25 characters are kept." });
  });

  it("drops NUL bytes and other control characters from the text", async () => {
    const outcome = await extractText(Readable.from(await sampleDocx("one\u0001two")), "docx");
    expect(outcome.status).toBe("DONE");
    expect(outcome.status === "DONE" && outcome.text).toMatch(/^one ?two$/);
  });

  it("kills an extraction that runs over the time limit", async () => {
    const started = Date.now();
    const outcome = await extractText(Readable.from(await sampleDocx("slow")), "docx", limits({ timeLimitMs: 50 }));
    expect(outcome).toEqual({ status: "FAILED", note: "Timed out after 0.05 s." });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("kills an extraction whose store never finishes sending the file", async () => {
    const stalled = new Readable({ read() {} });
    stalled.push(samplePdf("x").subarray(0, 100));
    const outcome = await extractText(stalled, "pdf", limits({ timeLimitMs: 1500 }));
    expect(outcome).toEqual({ status: "FAILED", note: "Timed out after 1.5 s." });
    expect(stalled.destroyed).toBe(true);
  });

  it("fails an extraction whose heap runs over the memory cap", async () => {
    // About 40 MB of text in one paragraph: mammoth's XML tree needs far more than 16 MB of heap.
    const huge = await sampleDocx("word ".repeat(8_000_000));
    const outcome = await extractText(Readable.from(huge), "docx", limits({ memoryLimitMb: 16, maxTextChars: 1000, timeLimitMs: 30_000 }));
    expect(outcome).toEqual({ status: "FAILED", note: "Ran out of memory." });
  });

  it("kills an extraction whose memory outside the heap runs over the cap (a deflate bomb)", async () => {
    // 600 MB of inflated stream in a 3 MB file; the 256 MB heap cap alone does not stop it.
    const bomb = await deflateBombPdf(600);
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024);
    const started = Date.now();
    const outcome = await extractText(Readable.from(bomb), "pdf", limits({ maxResidentMb: 300 }));
    expect(outcome).toEqual({ status: "FAILED", note: "Ran out of memory." });
    expect(Date.now() - started).toBeLessThan(DEFAULT_LIMITS.timeLimitMs);
  });

  it("fails when the store breaks off half way, instead of extracting a truncated file", async () => {
    const bytes = samplePdf("Half");
    const broken = new Readable({
      read() {
        this.push(bytes.subarray(0, 50));
        this.destroy(new Error("connection reset"));
      },
    });
    expect(await extractText(broken, "pdf")).toEqual({ status: "FAILED", note: "The stored file could not be read." });
  });

  it("stops at once when asked to (shutdown)", async () => {
    const controller = new AbortController();
    const running = extractText(new Readable({ read() {} }), "pdf", DEFAULT_LIMITS, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    await expect(running).rejects.toBeInstanceOf(ExtractionAbortedError);
  });

  it("finds the worker where the production server spawns it: from the project root, with no environment", async () => {
    expect(path.relative(process.cwd(), WORKER_PATH)).toBe(path.join("lib", "text-extraction", "worker.mjs"));
    await access(WORKER_PATH);
    // Spawned as extractText spawns it, but from another working directory: the worker's own
    // imports (pdf.js, mammoth) resolve from its location, not from the caller's.
    const child = spawn(process.execPath, [WORKER_PATH, "pdf", "1000000", "1000"], { cwd: "/", env: { NODE_ENV: "production" } });
    child.stdin.end(samplePdf("Found from anywhere"));
    let out = "";
    for await (const chunk of child.stdout) out += String(chunk);
    expect(JSON.parse(out)).toEqual({ ok: true, text: "Found from anywhere\n\n", truncated: false });
  });
});
