// The text-extraction child process (spawned by lib/text-extraction/extract.ts, never imported).
// It runs apart from the web server so that a hostile or huge file can only exhaust this process:
// the parent caps its heap (--max-old-space-size), kills it at the time limit and bounds what it
// reads back. Plain JavaScript outside Next's bundle, so `next start` finds it by path.
//
//   node worker.mjs <pdf|docx> <maxInputBytes> <maxChars>   (file bytes on stdin)
//
// Writes one JSON line on stdout: {"ok":true,"text":"…","truncated":false} or
// {"ok":false,"reason":"invalid"|"password"|"too-large"}. Anything else (no line, an
// out-of-memory abort) is seen by the parent as a failed attempt.
import { createRequire } from "node:module";
import path from "node:path";

// The libraries print warnings with console.log; stdout is reserved for the result.
console.log = console.info = console.warn = console.error;

const [kind, maxInputArg, maxCharsArg] = process.argv.slice(2);
const maxInputBytes = Number(maxInputArg);
const maxChars = Number(maxCharsArg);

class Refusal extends Error {
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

async function readInput() {
  const chunks = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxInputBytes) throw new Refusal("too-large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

// Control characters (NUL above all, which PostgreSQL text refuses) never leave this process;
// the parent normalises whitespace and truncates to the exact bound.
function clean(text) {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, " ");
}

async function extractDocx(bytes) {
  const { default: mammoth } = await import("mammoth");
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return { text: value.slice(0, maxChars), truncated: value.length > maxChars };
}

async function extractPdf(bytes) {
  const require = createRequire(import.meta.url);
  // pdf.js polyfills DOMMatrix from the optional native @napi-rs/canvas and fails to load without
  // it; text extraction never draws, so an inert stand-in will do where that binary is missing.
  try {
    require("@napi-rs/canvas");
  } catch {
    globalThis.DOMMatrix ??= class DOMMatrix {};
  }
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const root = path.dirname(require.resolve("pdfjs-dist/package.json"));
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    // No code generated from the file's fonts (CVE-2024-4367), no fonts loaded into the process.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Character maps decode the Chinese, Japanese and Korean encodings some PDFs use.
    cMapUrl: `${root}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${root}/standard_fonts/`,
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw new Refusal(error?.name === "PasswordException" ? "password" : "invalid");
  }
  let text = "";
  for (let number = 1; number <= doc.numPages && text.length <= maxChars; number += 1) {
    const page = await doc.getPage(number);
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (typeof item.str === "string") text += item.str + (item.hasEOL ? "\n" : "");
    }
    text += "\n\n";
    page.cleanup();
  }
  await doc.destroy();
  return { text: text.slice(0, maxChars), truncated: text.length > maxChars };
}

async function main() {
  try {
    const bytes = await readInput();
    const result = kind === "pdf" ? await extractPdf(bytes) : kind === "docx" ? await extractDocx(bytes) : null;
    if (!result) return { ok: false, reason: "invalid" };
    return { ok: true, text: clean(result.text), truncated: result.truncated };
  } catch (error) {
    // A damaged page deep inside a file throws from the library: the file cannot be read either.
    return { ok: false, reason: error instanceof Refusal ? error.reason : "invalid" };
  }
}

// Exit once the line is flushed: a library's leftover handle must not keep the process (and the
// parent's time limit) waiting.
const outcome = await main();
process.stdout.write(`${JSON.stringify(outcome)}\n`, () => process.exit(0));
