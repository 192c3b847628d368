import { describe, expect, it } from "vitest";
import { parseUploadAnswer } from "./upload-file";
import { reviewProblems, type ReviewItem } from "./upload-review";

const item = (key: string, language: ReviewItem["language"]): ReviewItem => ({ key, file: new File(["x"], `${key}.pdf`), language, recognised: language !== "" });

describe("reviewProblems", () => {
  it("accepts one file per language", () => {
    expect(reviewProblems([item("a", "en"), item("b", "fr"), item("c", "es")])).toEqual({ missing: 0, duplicates: new Set() });
  });

  it("counts files without a language and names languages chosen twice", () => {
    const problems = reviewProblems([item("a", "fr"), item("b", ""), item("c", "fr"), item("d", "")]);
    expect(problems.missing).toBe(2);
    expect([...problems.duplicates]).toEqual(["fr"]);
  });
});

describe("parseUploadAnswer", () => {
  it("passes the server's refusal through", () => {
    expect(parseUploadAnswer(415, JSON.stringify({ ok: false, error: "This file is a web page (HTML), not a PDF.", code: "type-not-allowed" }))).toEqual({
      ok: false,
      error: "This file is a web page (HTML), not a PDF.",
      code: "type-not-allowed",
    });
  });

  it("never shows a body that is not the route's JSON", () => {
    expect(parseUploadAnswer(413, "<html><body>Request Entity Too Large</body></html>")).toEqual({ ok: false, error: "This file is larger than the upload limit.", code: "413" });
    expect(parseUploadAnswer(502, "Bad gateway")).toMatchObject({ ok: false, code: "502" });
  });

  it("returns the stored file on success", () => {
    const file = { id: "f1", language: "fr", version: 2, originalName: "Rapport.pdf", contentType: "application/pdf", sizeBytes: 10, sha256: "a".repeat(64) };
    expect(parseUploadAnswer(201, JSON.stringify({ ok: true, file }))).toEqual({ ok: true, file });
  });
});
