// The PostgreSQL text-search configuration each UN language is indexed and queried with. The
// five Snowball stemmers ship with PostgreSQL; Chinese has no parser and uses `simple` over
// character bigrams (lib/search/cjk.ts).
import type { UnLanguage } from "@/lib/i18n/languages";

export const TS_CONFIG: Record<UnLanguage, string> = {
  en: "english",
  fr: "french",
  es: "spanish",
  ru: "russian",
  ar: "arabic",
  zh: "simple",
};
