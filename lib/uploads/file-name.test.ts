import { describe, expect, it } from "vitest";
import { MAX_DISPLAY_NAME_LENGTH, sanitizeDisplayName } from "./file-name";

describe("sanitizeDisplayName", () => {
  it.each([
    ["HLD report_EN.pdf", "pdf", "HLD report_EN.pdf"],
    ["C:\\Users\\me\\Desktop\\report.pdf", "pdf", "report.pdf"],
    ["/etc/passwd", "pdf", "passwd.pdf"],
    ["../../secret.docx", "docx", "secret.docx"],
    ["report\u202Efdp.exe", "pdf", "reportfdp.pdf"],
    ["re\u2066port\u2069.pdf", "pdf", "report.pdf"],
    ["re\u200Bport\uFEFF.pdf", "pdf", "report.pdf"],
    ["rep\u0000ort\u0007\n.pdf", "pdf", "report.pdf"],
    ["  lots   of\tspace  .pdf", "pdf", "lots of space.pdf"],
    ["...hidden.pdf...", "pdf", "hidden.pdf"],
    ["Report: draft?.pdf", "pdf", "Report draft.pdf"],
    ["تقرير الحوار الرفيع المستوى.pdf", "pdf", "تقرير الحوار الرفيع المستوى.pdf"],
    ["高级别对话报告.docx", "docx", "高级别对话报告.docx"],
    ["Доклад о миграции.pdf", "pdf", "Доклад о миграции.pdf"],
    ["Rapport de synthèse.odt", "odt", "Rapport de synthèse.odt"],
    ["report.PDF", "pdf", "report.pdf"],
    ["report.pdf", "docx", "report.docx"],
    ["report.html", "pdf", "report.pdf"],
    ["report", "xlsx", "report.xlsx"],
    ["Report v1.2", "pdf", "Report v1.2.pdf"],
    ["", "pdf", "document.pdf"],
    ["\u202E\u200B...", "pdf", "document.pdf"],
    [".pdf", "pdf", "document.pdf"],
    ["C:\\folder\\", "pptx", "document.pptx"],
  ])("%j (%s) → %j", (name, extension, expected) => {
    expect(sanitizeDisplayName(name, extension)).toBe(expected);
  });

  it("composes decomposed accents (NFC)", () => {
    expect(sanitizeDisplayName("Franc\u0327ais.pdf", "pdf")).toBe("Fran\u00e7ais.pdf");
  });

  it("bounds long names and keeps the extension", () => {
    const result = sanitizeDisplayName(`${"a".repeat(400)}.pdf`, "pdf");
    expect(result).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(result.endsWith("a.pdf")).toBe(true);
  });

  it("never cuts a character in half when shortening", () => {
    const result = sanitizeDisplayName(`${"😀".repeat(200)}.pdf`, "pdf");
    expect(result.endsWith("😀.pdf")).toBe(true);
    expect(result).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
