// Languages the public interface is offered in, and how they appear in URLs. Adding a language
// is adding its code here and its `messages/<code>/` catalogue; `lang` and `dir` on <html> follow
// from lib/i18n/languages.ts. The order is the one UN sites use in their language switchers
// (Arabic, Chinese, English, French, Russian, Spanish); English stays the default.
import { defineRouting } from "next-intl/routing";
import type { UnLanguage } from "./languages";

export const PUBLIC_LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const satisfies readonly UnLanguage[];
export type PublicLocale = (typeof PUBLIC_LOCALES)[number];

export const routing = defineRouting({
  locales: PUBLIC_LOCALES,
  defaultLocale: "en",
  // Every public URL names its language (/en/events), so one URL is one cacheable page.
  localePrefix: "always",
  // The language lives in the URL; a locale cookie would add Set-Cookie to cached pages and
  // make them uncacheable by shared caches.
  localeCookie: false,
});

export function isPublicLocale(value: unknown): value is PublicLocale {
  return typeof value === "string" && (PUBLIC_LOCALES as readonly string[]).includes(value);
}
