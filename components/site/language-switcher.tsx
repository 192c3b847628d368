"use client";
// The language switcher: one plain link per public language, to the same page and query in that
// language. A client component only because a cached (ISR) layout cannot know the page's path
// and query; the links are rendered on the server with the path, and the query is added once the
// page runs in the browser (useSearchParams needs a Suspense boundary on a static page).
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { LANGUAGE_AUTONYMS, type UnLanguage } from "@/lib/i18n/languages";
import { withoutLocale } from "@/lib/i18n/paths";
import { switchedHref } from "./switched-href";

export interface LanguageSwitcherProps {
  /** The page's language, marked as current. */
  locale: UnLanguage;
  /** The languages offered (PUBLIC_LOCALES), in the order shown. */
  locales: readonly UnLanguage[];
  /** The navigation landmark's name, in the page's language. */
  label: string;
  /** False where the address names no page of the site (the global 404): link to each home page. */
  keepPage?: boolean;
}

function LanguageLinks({ locale, locales, pathname, query }: { locale: UnLanguage; locales: readonly UnLanguage[]; pathname: string; query: string }) {
  return (
    <ul className="language-switcher__list">
      {locales.map((language) => (
        <li key={language}>
          <a
            className="language-switcher__link"
            href={switchedHref(language, pathname, query)}
            lang={language}
            hrefLang={language}
            aria-current={language === locale ? "true" : undefined}
          >
            {LANGUAGE_AUTONYMS[language]}
          </a>
        </li>
      ))}
    </ul>
  );
}

function LanguageLinksWithQuery(props: { locale: UnLanguage; locales: readonly UnLanguage[]; pathname: string }) {
  const query = useSearchParams().toString();
  return <LanguageLinks {...props} query={query} />;
}

export function LanguageSwitcher({ locale, locales, label, keepPage = true }: LanguageSwitcherProps) {
  const current = withoutLocale(usePathname(), locale);
  const pathname = keepPage ? current : "/";
  return (
    <nav className="language-switcher" aria-label={label}>
      <Suspense fallback={<LanguageLinks locale={locale} locales={locales} pathname={pathname} query="" />}>
        {keepPage ? (
          <LanguageLinksWithQuery locale={locale} locales={locales} pathname={pathname} />
        ) : (
          <LanguageLinks locale={locale} locales={locales} pathname={pathname} query="" />
        )}
      </Suspense>
    </nav>
  );
}
