// The metadata every public page returns from generateMetadata: title and description in the
// page's language, the canonical address, hreflang alternates for every public language (and
// x-default), the site's Atom feed, Open Graph and a Twitter card. Addresses are absolute
// (publicBaseUrl()), because crawlers and link previews read them outside the site.
import type { Metadata } from "next";
import { publicBaseUrl } from "@/lib/env";
import { PUBLIC_LOCALES, routing, type PublicLocale } from "@/lib/i18n/routing";
import type { UnLanguage } from "@/lib/i18n/languages";

/** Open Graph wants language_TERRITORY; these are the territories link previews know best. */
export const OPEN_GRAPH_LOCALES: Record<UnLanguage, string> = {
  ar: "ar_AR",
  zh: "zh_CN",
  en: "en_GB",
  fr: "fr_FR",
  ru: "ru_RU",
  es: "es_ES",
};

const SITE_NAMES: Record<UnLanguage, string> = {
  ar: "بوابة الحوار الرفيع المستوى",
  zh: "高级别对话门户",
  en: "HLD Portal",
  fr: "Portail du Dialogue de haut niveau",
  ru: "Портал диалога на высоком уровне",
  es: "Portal del Diálogo de Alto Nivel",
};

export interface PublicMetadataInput {
  locale: PublicLocale;
  /** The path without the locale: "/" for home, "/events/hld-2013", "/documents/symbol/A/RES/68/4". */
  path: string;
  title: string;
  description: string;
  /** Open Graph type: "website" for lists and home, "article" for an event, meeting or document. */
  type?: "website" | "article";
}

/** The absolute address of `path` in `locale`: /en for home, /en/events otherwise. */
export function localizedUrl(locale: UnLanguage, path: string, base: string = publicBaseUrl()): string {
  const normalised = path === "/" || path === "" ? "" : path.startsWith("/") ? path : `/${path}`;
  return `${base}/${locale}${normalised}`;
}

/** The Atom feed of newly published meetings and documents, in `locale` (calendars-and-feeds engineer). */
export function atomFeedPath(locale: UnLanguage): string {
  return `/api/feeds/${locale}/atom.xml`;
}

/** hreflang alternates of `path`: every public language, and x-default (the default language). */
export function languageAlternates(path: string, base: string = publicBaseUrl()): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of PUBLIC_LOCALES) languages[locale] = localizedUrl(locale, path, base);
  languages["x-default"] = localizedUrl(routing.defaultLocale, path, base);
  return languages;
}

export function publicMetadata({ locale, path, title, description, type = "website" }: PublicMetadataInput): Metadata {
  const base = publicBaseUrl();
  const url = localizedUrl(locale, path, base);
  return {
    title,
    description,
    alternates: {
      canonical: url,
      languages: languageAlternates(path, base),
      // A page's alternates replace the layout's, so the feed link is part of every page's set.
      types: { "application/atom+xml": [{ url: `${base}${atomFeedPath(locale)}`, title: SITE_NAMES[locale] }] },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: SITE_NAMES[locale],
      locale: OPEN_GRAPH_LOCALES[locale],
      alternateLocale: PUBLIC_LOCALES.filter((other) => other !== locale).map((other) => OPEN_GRAPH_LOCALES[other]),
      type,
    },
    twitter: { card: "summary", title, description },
  };
}
