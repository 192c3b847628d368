import type { UnLanguage } from "@/lib/i18n/languages";

// Guesses a document file's language from its name, so a drop of several files can be sorted into
// the right language slots. Client-safe and pure. Hand-written because no library reads the naming
// habits of UN files (`_EN`, `-F`, `(Arabic)`, `_CH`); a wrong guess is worse than none, so anything
// unclear answers null and the uploader picks the language.
//
// The rules, strongest first:
// 1. A language code as the name's final token (`report_EN`, `report-fr`, `report.es`, `_ZH`,
//    `_CH`, `_CN`, `_ENG`, `_fra`), or a locale tag there (`fr-CH` is French, `zh-CN` Chinese),
//    optionally followed by noise such as `(1)`, `v2`, `final`; two different codes (`_EN_FR`) → null. Codes count only at the end: at the start or in the
//    middle `AR` ("annual report"), `ES` ("executive summary") or French/Spanish `en` mean other things.
// 2. A single letter in the UN's own convention (A Arabic, C Chinese, E English, F French,
//    R Russian, S Spanish) only at the end of a name shaped like a UN symbol: upper-case tokens
//    with at least two numbers (`A_67_254_F`, `A-RES-61-208-E`). Elsewhere single letters are too
//    ambiguous (`Annex A`, `Plan B`).
// 3. A language name in English or in itself anywhere as a whole word (`(Arabic)`, `Français`,
//    `русский`, `中文`). If names of two different languages appear (`English-French glossary`),
//    the answer is null.

// Maps, not object literals: a lookup of "constructor" or "__proto__" must find nothing.
const CODES = new Map<string, UnLanguage>(Object.entries({
  en: "en", eng: "en",
  fr: "fr", fra: "fr", fre: "fr",
  es: "es", spa: "es", esp: "es",
  ar: "ar", ara: "ar",
  ru: "ru", rus: "ru",
  zh: "zh", zho: "zh", chi: "zh", ch: "zh", cn: "zh",
} satisfies Record<string, UnLanguage>));

const UN_SYMBOL_LETTERS = new Map<string, UnLanguage>(Object.entries({ A: "ar", C: "zh", E: "en", F: "fr", R: "ru", S: "es" } satisfies Record<string, UnLanguage>));

// Compared after folding (lower case, accents removed), so "Français" and "francais" both match.
const NAMES = new Map<string, UnLanguage>(Object.entries({
  english: "en", anglais: "en", ingles: "en",
  french: "fr", francais: "fr", frances: "fr",
  spanish: "es", espanol: "es", castellano: "es", espagnol: "es",
  arabic: "ar", arabe: "ar", "العربية": "ar", "عربي": "ar",
  russian: "ru", russe: "ru", ruso: "ru", "русскии": "ru", "русском": "ru",
  chinese: "zh", chinois: "zh", chino: "zh", "中文": "zh", "汉语": "zh", "漢語": "zh", "中文版": "zh",
} satisfies Record<string, UnLanguage>));

// Script subtags and region codes that may follow a language code (`zh-Hans`, `fr_FR`, `en-GB`).
// Regions must be upper case so that `Rapport en ce` does not read as English.
const SCRIPT_OR_REGION = /^([Hh]ans|[Hh]ant|[Ll]atn|[Cc]yrl|[A-Z]{2})$/;
// Trailing words that are not part of the language tag: copies, versions, drafts.
const NOISE = /^(\d+|v\d+|rev\d*|r\d+|final|draft|copy|copie|unedited|advance)$/i;

function fold(token: string): string {
  return token.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function baseName(fileName: string): string {
  const withoutPath = fileName.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const dot = withoutPath.lastIndexOf(".");
  if (dot <= 0) return withoutPath;
  const extension = withoutPath.slice(dot + 1);
  // `report.fr` has no extension: its last part is the language, not a file type.
  if (!/^[a-z0-9]{2,5}$/i.test(extension) || CODES.has(fold(extension))) return withoutPath;
  return withoutPath.slice(0, dot);
}

function fromFinalCode(tokens: string[]): UnLanguage | null {
  const meaningful = [...tokens];
  while (meaningful.length > 1 && NOISE.test(meaningful[meaningful.length - 1] ?? "")) meaningful.pop();
  const last = meaningful[meaningful.length - 1] ?? "";
  const beforeLast = meaningful.length >= 2 ? (meaningful[meaningful.length - 2] ?? "") : "";
  const lastCode = CODES.get(fold(last));
  const previousCode = CODES.get(fold(beforeLast));
  // A locale tag (`fr-CH`, `zh-CN`, `en-GB`, `zh-Hans`): lower-case language, then region or script.
  if (previousCode && /^[a-z]{2,3}$/.test(beforeLast) && SCRIPT_OR_REGION.test(last)) return previousCode;
  // Two different codes in a row (`report_EN_FR`) is a bilingual file or a typo: do not guess.
  if (lastCode && previousCode && previousCode !== lastCode) return null;
  // A name that is only a code (`EN.pdf`) counts too.
  return lastCode ?? null;
}

function fromUnSymbolLetter(tokens: string[]): UnLanguage | null {
  const last = tokens[tokens.length - 1] ?? "";
  const looksLikeSymbol =
    tokens.length >= 3 &&
    tokens.every((token) => /^[A-Z0-9]+$/.test(token)) &&
    /^[A-Z]/.test(tokens[0] ?? "") &&
    tokens.filter((token) => /^\d+$/.test(token)).length >= 2;
  return looksLikeSymbol ? (UN_SYMBOL_LETTERS.get(last) ?? null) : null;
}

function fromLanguageNames(tokens: string[]): UnLanguage | null {
  const found = new Set(tokens.map((token) => NAMES.get(fold(token))).filter((language) => language !== undefined));
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/** The UN language a file's name declares, or null when the name does not say or says two things. */
export function recogniseLanguage(fileName: string): UnLanguage | null {
  const tokens = baseName(fileName)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
  if (tokens.length === 0) return null;
  return fromFinalCode(tokens) ?? fromUnSymbolLetter(tokens) ?? fromLanguageNames(tokens);
}
