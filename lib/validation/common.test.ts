import { describe, expect, it } from "vitest";
import { translatableFormValue, translatableTextSchema } from "./common";

describe("translatableTextSchema", () => {
  const title = translatableTextSchema("title", { max: 12 });

  it("keeps only the languages with text, trimmed", () => {
    expect(title.parse({ en: " Round table ", fr: "", es: "  ", ar: "مائدة" })).toEqual({ en: "Round table", ar: "مائدة" });
  });

  it("requires English, with the error on the English input", () => {
    const result = title.safeParse(translatableFormValue({ fr: "Table ronde" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["en", "Enter the title in English."]]);
  });

  it("bounds every language's length", () => {
    const result = title.safeParse({ en: "short", fr: "much too long here" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["fr"]);
  });

  it("lets an optional field be empty, but not translated without English", () => {
    const summary = translatableTextSchema("summary", { optional: true });
    expect(summary.parse(translatableFormValue())).toEqual({});
    expect(summary.safeParse({ fr: "Résumé" }).success).toBe(false);
  });

  it("refuses non-text values instead of storing them", () => {
    expect(title.safeParse({ en: 42 }).success).toBe(false);
    expect(title.safeParse("Round table").success).toBe(false);
  });
});
