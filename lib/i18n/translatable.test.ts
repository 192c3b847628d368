import { describe, expect, it } from "vitest";
import { asTranslatable, missingLanguages, translate, translateText } from "./translatable";

describe("translate", () => {
  it("returns the requested language when present", () => {
    expect(translate({ en: "Report", fr: "Rapport" }, "fr")).toEqual({ text: "Rapport", lang: "fr", isFallback: false });
  });

  it("falls back to English first", () => {
    expect(translate({ es: "Informe", en: "Report" }, "ru")).toEqual({ text: "Report", lang: "en", isFallback: true });
  });

  it("then follows the UN order: Arabic, Chinese, French, Russian, Spanish", () => {
    expect(translate({ es: "Informe", fr: "Rapport" }, "ar")?.lang).toBe("fr");
    expect(translate({ es: "Informe", zh: "报告" }, "fr")?.lang).toBe("zh");
    expect(translate({ es: "Informe" }, "en")).toEqual({ text: "Informe", lang: "es", isFallback: true });
  });

  it("treats blank strings as missing", () => {
    expect(translate({ fr: "  ", en: "Report" }, "fr")?.lang).toBe("en");
  });

  it("returns null when nothing usable is stored", () => {
    expect(translate(null, "en")).toBeNull();
    expect(translate("Report", "en")).toBeNull();
    expect(translate(["Report"], "en")).toBeNull();
    expect(translate({ de: "Bericht" }, "en")).toBeNull();
    expect(translateText({}, "en")).toBe("");
  });
});

describe("asTranslatable and missingLanguages", () => {
  it("keeps only UN languages with text", () => {
    expect(asTranslatable({ en: "A", de: "B", fr: "", ru: 3 })).toEqual({ en: "A" });
  });

  it("lists the languages still to translate in UN order", () => {
    expect(missingLanguages({ en: "A", fr: "B" })).toEqual(["ar", "zh", "ru", "es"]);
  });
});
