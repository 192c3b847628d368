// Translatable text is stored as one JSON object per field: { "en": "…", "fr": "…" }.
// Reading order when the requested language is missing: English (the language every record
// must have), then the other UN languages in the UN's order (Arabic, Chinese, French, Russian,
// Spanish). The caller learns which language it got, so it can mark the fallback with `lang`.
import { z } from "zod";
import { UN_LANGUAGES, type UnLanguage } from "./languages";

export type Translatable = Partial<Record<UnLanguage, string>>;

export const FALLBACK_ORDER: readonly UnLanguage[] = ["en", "ar", "zh", "fr", "ru", "es"];

export interface TranslatedText {
  text: string;
  /** The language of `text`. */
  lang: UnLanguage;
  /** True when `text` is not in the requested language. */
  isFallback: boolean;
}

const translatableSchema = z.partialRecord(z.enum(UN_LANGUAGES), z.string());

/** Reads a JSON column value as Translatable, dropping unknown keys and empty strings. */
export function asTranslatable(value: unknown): Translatable {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  const picked: Translatable = {};
  for (const language of UN_LANGUAGES) {
    const text = (value as Record<string, unknown>)[language];
    if (typeof text === "string" && text.trim() !== "") picked[language] = text;
  }
  return translatableSchema.parse(picked);
}

/** The text in `language`, else the first available in FALLBACK_ORDER; null when there is none. */
export function translate(value: unknown, language: UnLanguage): TranslatedText | null {
  const texts = asTranslatable(value);
  const own = texts[language];
  if (own !== undefined) return { text: own, lang: language, isFallback: false };
  for (const candidate of FALLBACK_ORDER) {
    const text = texts[candidate];
    if (text !== undefined) return { text, lang: candidate, isFallback: true };
  }
  return null;
}

/** Shorthand for places that only need the string (e.g. a <title>); "" when nothing is stored. */
export function translateText(value: unknown, language: UnLanguage): string {
  return translate(value, language)?.text ?? "";
}

/** The languages that still lack a text, for staff forms that show what is missing. */
export function missingLanguages(value: unknown): UnLanguage[] {
  const texts = asTranslatable(value);
  return UN_LANGUAGES.filter((language) => texts[language] === undefined);
}
