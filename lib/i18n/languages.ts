// The six official UN languages. Content (translatable fields, document files) may exist in any
// of them; the interface is offered in those listed in lib/i18n/routing.ts.
export const UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type UnLanguage = (typeof UN_LANGUAGES)[number];

/** Each language's name in itself, as UN sites label them. */
export const LANGUAGE_AUTONYMS: Record<UnLanguage, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

export const RTL_LANGUAGES: ReadonlySet<UnLanguage> = new Set(["ar"]);

export function isUnLanguage(value: unknown): value is UnLanguage {
  return typeof value === "string" && (UN_LANGUAGES as readonly string[]).includes(value);
}

export function textDirection(language: UnLanguage): "ltr" | "rtl" {
  return RTL_LANGUAGES.has(language) ? "rtl" : "ltr";
}
