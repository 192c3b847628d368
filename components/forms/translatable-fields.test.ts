import { describe, expect, it } from "vitest";
import { languagesMissing } from "./translatable-fields";

describe("languagesMissing", () => {
  const fields = [
    { name: "title", label: "Title", required: true },
    { name: "summary", label: "Summary" },
  ];

  it("marks every language lacking a required field", () => {
    expect([...languagesMissing(fields, [{ en: "Round table 1", fr: "Table ronde 1" }, {}])].sort()).toEqual(["ar", "es", "ru", "zh"]);
  });

  it("ignores an optional field nobody used, but counts it once used in any language", () => {
    const all = { ar: "x", zh: "x", en: "x", fr: "x", ru: "x", es: "x" };
    expect(languagesMissing(fields, [all, { en: "", fr: " " }]).size).toBe(0);
    expect([...languagesMissing(fields, [all, { fr: "Résumé" }])].sort()).toEqual(["ar", "en", "es", "ru", "zh"]);
  });
});
