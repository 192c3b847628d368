import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UploadRejectedError } from "./errors";
import { inspectUpload } from "./inspect";
import * as samples from "./testing/sample-files";

let dir: string;
let counter = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "inspect-test-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function inspect(bytes: Buffer | Promise<Buffer>, clientName: string) {
  const path = join(dir, `upload-${(counter += 1)}`);
  await writeFile(path, await bytes);
  return inspectUpload(path, clientName);
}

async function rejection(bytes: Buffer | Promise<Buffer>, clientName: string): Promise<UploadRejectedError> {
  const error = await inspect(bytes, clientName).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UploadRejectedError);
  return error as UploadRejectedError;
}

/** The signature of an OLE compound file: DOC/XLS/PPT, and Office files saved with a password. */
function compoundFile(): Buffer {
  const file = Buffer.alloc(1024);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file);
  return file;
}

describe("inspectUpload: accepted types, told from the bytes", () => {
  it.each([
    ["report.pdf", () => samples.samplePdf("Hello"), "application/pdf", "pdf", "PDF"],
    ["report.docx", () => samples.sampleDocx("Hello"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "DOCX"],
    ["sheet.xlsx", () => samples.sampleXlsx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "XLSX"],
    ["deck.pptx", () => samples.samplePptx(), "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx", "PPTX"],
    ["text.odt", () => samples.sampleOdt(), "application/vnd.oasis.opendocument.text", "odt", "ODT"],
    ["sheet.ods", () => samples.sampleOds(), "application/vnd.oasis.opendocument.spreadsheet", "ods", "ODS"],
    ["slides.odp", () => samples.sampleOdp(), "application/vnd.oasis.opendocument.presentation", "odp", "ODP"],
  ])("%s", async (name, build, contentType, extension, label) => {
    expect(await inspect(build(), name)).toEqual({ contentType, extension, label });
  });

  it("uses the detected type when the name has no extension", async () => {
    expect(await inspect(samples.sampleDocx("x"), "HLD report_FR")).toMatchObject({ extension: "docx" });
  });

  it("accepts a name whose last dot is not a file type", async () => {
    expect(await inspect(samples.samplePdf("x"), "Report v1.2")).toMatchObject({ extension: "pdf" });
    expect(await inspect(samples.samplePdf("x"), "Report.final")).toMatchObject({ extension: "pdf" });
  });

  it("accepts an upper-case extension", async () => {
    expect(await inspect(samples.samplePdf("x"), "REPORT.PDF")).toMatchObject({ extension: "pdf" });
  });
});

describe("inspectUpload: refused kinds", () => {
  it("refuses a renamed HTML page and says what it is", async () => {
    const error = await rejection(samples.renamedHtml(), "report.pdf");
    expect(error.code).toBe("type-not-allowed");
    expect(error.status).toBe(415);
    expect(error.message).toBe(
      "This file is a web page (HTML), not a PDF. Upload PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument (ODT, ODS, ODP) files.",
    );
  });

  it.each([
    ["an SVG", () => samples.sampleSvg(), "image.docx", "an SVG image"],
    ["a shell script", () => samples.shellScript(), "run.pdf", "a script"],
    ["an ELF executable", () => samples.elfExecutable(), "report.pdf", "Linux executable"],
    ["a Windows executable", () => samples.windowsExecutable(), "report.docx", "Windows executable"],
    ["a plain ZIP", () => samples.plainZip(), "report.docx", "a ZIP archive"],
    ["plain text", () => Buffer.from("just some words\n"), "notes.pdf", "not a real PDF"],
    ["a legacy or password-protected Office file", () => compoundFile(), "report.docx", "older Office file (DOC, XLS, PPT) or a password-protected one, not a DOCX"],
    ["an HTML page without extension", () => samples.renamedHtml(), "page", "This file is a web page (HTML). Upload"],
  ])("refuses %s", async (_kind, build, name, phrase) => {
    const error = await rejection(build(), name);
    expect(error.code).toBe("type-not-allowed");
    expect(error.message).toContain(phrase);
  });

  it("refuses content that contradicts the name (a DOCX named .pdf)", async () => {
    const error = await rejection(samples.sampleDocx("x"), "report.pdf");
    expect(error.code).toBe("content-mismatch");
    expect(error.status).toBe(415);
    expect(error.message).toContain("ends in .pdf, but it is a DOCX file");
  });

  it("refuses a PDF named .html", async () => {
    expect((await rejection(samples.samplePdf("x"), "report.html")).code).toBe("content-mismatch");
  });

  it("refuses an empty file", async () => {
    expect((await rejection(Buffer.alloc(0), "report.pdf")).code).toBe("empty");
  });

  it("checks zip safety before detecting the type (traversal name in a DOCX)", async () => {
    const error = await rejection(samples.traversalDocx(), "report.docx");
    expect(error.code).toBe("unsafe-archive");
    expect(error.status).toBe(422);
  });

  it("refuses a zip bomb shaped like a DOCX", { timeout: 60_000 }, async () => {
    const error = await rejection(samples.zipBombDocx(), "report.docx");
    expect(error.code).toBe("unsafe-archive");
    expect(error.message).toContain("zip bomb");
  });
});
