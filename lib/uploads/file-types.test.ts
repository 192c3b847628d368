import { describe, expect, it } from "vitest";
import { UploadRejectedError, formatByteSize } from "./errors";
import { ACCEPT_ATTRIBUTE, acceptedTypeByExtension, describeAcceptedTypes, fileTypeLabel } from "./file-types";

describe("file types", () => {
  it("offers extensions and MIME types to the file picker", () => {
    const accepted = ACCEPT_ATTRIBUTE.split(",");
    expect(accepted).toEqual(expect.arrayContaining([".pdf", ".docx", ".xlsx", ".pptx", ".odt", "application/pdf"]));
    expect(accepted).not.toEqual(expect.arrayContaining([".html", ".svg", ".zip", ".doc"]));
  });

  it.each([
    ["application/pdf", "PDF"],
    ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"],
    ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"],
    ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "PPTX"],
    ["application/vnd.oasis.opendocument.text", "ODT"],
    ["Application/PDF; charset=binary", "PDF"],
    ["text/html", "File"],
  ])("labels %s as %s", (contentType, label) => {
    expect(fileTypeLabel(contentType)).toBe(label);
  });

  it("finds a type by extension, with or without the dot", () => {
    expect(acceptedTypeByExtension(".DOCX")?.label).toBe("DOCX");
    expect(acceptedTypeByExtension("exe")).toBeUndefined();
  });

  it("names the accepted types for messages", () => {
    expect(describeAcceptedTypes()).toBe("PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or OpenDocument (ODT, ODS, ODP)");
  });
});

describe("upload errors", () => {
  it.each([
    ["too-large", 413],
    ["type-not-allowed", 415],
    ["content-mismatch", 415],
    ["unsafe-archive", 422],
    ["aborted", 400],
    ["no-file", 400],
  ] as const)("%s answers %i", (code, status) => {
    const error = new UploadRejectedError(code, "Message.");
    expect(error.status).toBe(status);
    expect(error.code).toBe(code);
    expect(error.expose).toBe(true);
  });

  it.each([
    [512, "512 bytes"],
    [100 * 1024 ** 2, "100 MB"],
    [1.5 * 1024 ** 3, "1.5 GB"],
    [2048, "2 KB"],
  ])("formats %i bytes as %s", (bytes, text) => {
    expect(formatByteSize(bytes)).toBe(text);
  });
});
