import { describe, expect, it } from "vitest";
import { UN_LANGUAGES } from "@/lib/i18n/languages";
import { participatingStates } from "@/prisma/seed/states";
import {
  LIBRARY_ALIAS_PREFERRED,
  UN_NAME_NOT_IN_LIBRARY,
  compareCountryNames,
  countryName,
  isKnownCountryCode,
  libraryCountryName,
  libraryEnglishNames,
} from "./names";

const codes = participatingStates().map((state) => state.isoCode);

describe("countryName", () => {
  it("names all 195 participating states in all six UN languages", () => {
    for (const language of UN_LANGUAGES) {
      for (const code of codes) {
        const name = countryName(code, language);
        expect(name.trim(), `${code} in ${language}`).not.toBe("");
      }
    }
  });

  it("gives distinct names per language, so no two states read the same", () => {
    for (const language of UN_LANGUAGES) {
      const names = codes.map((code) => countryName(code, language));
      expect(new Set(names).size, language).toBe(codes.length);
    }
  });

  it("uses the proper English names the issue requires", () => {
    expect(countryName("BA", "en")).toBe("Bosnia and Herzegovina");
    expect(countryName("CF", "en")).toBe("Central African Republic");
    expect(countryName("SK", "en")).toBe("Slovakia");
    expect(countryName("MK", "en")).toBe("North Macedonia");
    expect(countryName("LC", "en")).toBe("Saint Lucia");
    expect(countryName("ST", "en")).toBe("São Tomé and Príncipe");
    expect(countryName("VA", "en")).toBe("Holy See");
    expect(countryName("PS", "en")).toBe("State of Palestine");
  });

  it("takes the other languages from the library unchanged", () => {
    expect(countryName("st", "fr")).toBe("São Tomé-et-Principe");
    expect(countryName("DE", "es")).toBe("Alemania");
    expect(countryName("RU", "ru")).toBe("Российская Федерация");
    expect(countryName("EG", "ar")).toBe("مصر");
    expect(countryName("CN", "zh")).toBe("中国");
    expect(countryName("VA", "fr")).toBe(libraryCountryName("VA", "fr"));
  });

  it("throws for an unknown code rather than rendering a blank", () => {
    expect(() => countryName("XX", "en")).toThrow(RangeError);
    expect(isKnownCountryCode("XX")).toBe(false);
    expect(isKnownCountryCode("fr")).toBe(true);
    expect(isKnownCountryCode("FRA")).toBe(false);
  });
});

describe("English corrections", () => {
  it("only picks names the library itself lists for the code", () => {
    for (const [code, name] of Object.entries(LIBRARY_ALIAS_PREFERRED)) {
      expect(libraryEnglishNames(code), code).toContain(name);
      expect(libraryCountryName(code, "en"), code).not.toBe(name);
    }
  });

  it("writes a name out only where the library has no acceptable form", () => {
    for (const [code, name] of Object.entries(UN_NAME_NOT_IN_LIBRARY)) {
      expect(libraryEnglishNames(code), code).not.toContain(name);
      expect(codes, code).toContain(code);
    }
  });
});

describe("compareCountryNames", () => {
  it("sorts with the language's collation, accents and case aside", () => {
    const sorted = ["Zambia", "Côte d'Ivoire", "cuba", "Costa Rica", "Åland"].sort(compareCountryNames("en"));
    expect(sorted).toEqual(["Åland", "Costa Rica", "Côte d'Ivoire", "cuba", "Zambia"]);
  });

  it("sorts Spanish names with ñ after n", () => {
    expect(["Ñandú", "Oman", "Nauru"].sort(compareCountryNames("es"))).toEqual(["Nauru", "Ñandú", "Oman"]);
  });
});
