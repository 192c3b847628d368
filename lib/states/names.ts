// Country names in the six UN languages. States are stored by ISO 3166-1 alpha-2 code only; their
// names come from the i18n-iso-countries library so that they are never typed by hand per
// language. Client-safe: no server-only import, and only the six UN locales are registered (in a
// browser bundle the package's "browser" entry ships no locale of its own).
import countries from "i18n-iso-countries";
import ar from "i18n-iso-countries/langs/ar.json";
import en from "i18n-iso-countries/langs/en.json";
import es from "i18n-iso-countries/langs/es.json";
import fr from "i18n-iso-countries/langs/fr.json";
import ru from "i18n-iso-countries/langs/ru.json";
import zh from "i18n-iso-countries/langs/zh.json";
import type { UnLanguage } from "@/lib/i18n/languages";

for (const locale of [ar, en, es, fr, ru, zh]) countries.registerLocale(locale);

/**
 * English names where the library's official English name is not the short name the UN uses.
 *
 * The library's official English names are mostly ISO-style, and a few are informal or inverted
 * ("North Korea", "Micronesia, Federated States of") or drop the diacritics ("Sao Tome and
 * Principe"). For a UN secretariat site the UN's short name is the proper one. Two kinds of entry:
 * - `LIBRARY_ALIAS_PREFERRED`: the UN name is already one of the library's own English names
 *   for the code, so this only picks it (a unit test checks every entry is a library name);
 * - `UN_NAME_NOT_IN_LIBRARY`: the library has no acceptable form, so the name is written here.
 *   Keep this list as short as possible.
 * Only English is corrected: the other five languages are taken from the library as they are
 * (their UN terminology review belongs to the translation issue).
 */
export const LIBRARY_ALIAS_PREFERRED: Readonly<Record<string, string>> = {
  CG: "Congo",
  CI: "Côte d'Ivoire", // the official entry lacks the circumflex
  CN: "China",
  CZ: "Czechia",
  GM: "Gambia",
  KR: "Republic of Korea",
  MK: "North Macedonia",
};

export const UN_NAME_NOT_IN_LIBRARY: Readonly<Record<string, string>> = {
  CV: "Cabo Verde", // library: "Cape Verde"; the UN has used "Cabo Verde" since 2013
  FM: "Micronesia (Federated States of)", // library: "Micronesia, Federated States of"
  KP: "Democratic People's Republic of Korea", // library: "North Korea"
  MD: "Republic of Moldova", // library: "Moldova, Republic of"
  ST: "São Tomé and Príncipe", // library: "Sao Tome and Principe" (diacritics lost)
  VA: "Holy See", // library: "Holy See (Vatican City State)"; the observer state is the Holy See
  VN: "Viet Nam", // library: "Vietnam"
};

/** The library's official name of `isoCode` in `language`, without the English corrections. */
export function libraryCountryName(isoCode: string, language: UnLanguage): string | undefined {
  return countries.getName(isoCode.toUpperCase(), language, { select: "official" });
}

/** Every English name the library knows for `isoCode` (official name first, then aliases). */
export function libraryEnglishNames(isoCode: string): string[] {
  return countries.getName(isoCode.toUpperCase(), "en", { select: "all" }) ?? [];
}

/**
 * The name of the country `isoCode` (ISO 3166-1 alpha-2, any case) in `language`.
 * Throws for a code the library does not know: a stored code is validated on the way in, so an
 * unknown one is a bug to surface, not a blank to render.
 */
export function countryName(isoCode: string, language: UnLanguage): string {
  const code = isoCode.toUpperCase();
  if (language === "en") {
    const corrected = LIBRARY_ALIAS_PREFERRED[code] ?? UN_NAME_NOT_IN_LIBRARY[code];
    if (corrected !== undefined) return corrected;
  }
  const name = libraryCountryName(code, language);
  if (name === undefined || name.trim() === "") {
    throw new RangeError(`No ${language} name for country code "${isoCode}"`);
  }
  return name;
}

/** True when the library knows `isoCode` as an ISO 3166-1 alpha-2 code. */
export function isKnownCountryCode(isoCode: string): boolean {
  return /^[A-Za-z]{2}$/.test(isoCode) && countries.isValid(isoCode.toUpperCase());
}

/** A comparator that orders names alphabetically as readers of `language` expect. */
export function compareCountryNames(language: UnLanguage): (a: string, b: string) => number {
  const collator = new Intl.Collator(language, { sensitivity: "base", numeric: true });
  return (a, b) => collator.compare(a, b);
}
