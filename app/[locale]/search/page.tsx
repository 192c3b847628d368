// Search results render per request (they depend on the query string, an unbounded set of
// pages); they hold public data only, so next.config.js lets a shared cache keep them a minute.
import "@/components/search/search.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listPublicEvents } from "@/lib/events/queries";
import { translate } from "@/lib/i18n/translatable";
import { listSearchYears, searchPublic } from "@/lib/search/queries";
import { parseSearchParams, type SearchProblem } from "@/lib/search/schemas";
import { publicMetadata } from "@/lib/seo/metadata";
import { SearchForm, type EventOption } from "./_components/search-form";
import { SearchResults } from "./_components/search-results";

// The layout makes public pages ISR; results depend on the query string, so this page renders
// per request (reading searchParams in an ISR route is an error in production).
export const dynamic = "force-dynamic";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [t, { params: search }] = await Promise.all([getTranslations({ locale, namespace: "search" }), searchParams.then(parseSearchParams)]);
  const metadata = publicMetadata({ locale, path: "/search", title: search.q ? t("titleWithQuery", { query: search.q }) : t("title"), description: t("description") });
  // Result pages are endless and change with every publication: not for search engines' indexes.
  return search.q ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function SearchPage({ params, searchParams }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { params: search, problems } = parseSearchParams(await searchParams);
  const [t, outcome, events, years] = await Promise.all([
    getTranslations({ locale, namespace: "search" }),
    searchPublic({ ...search, locale }),
    listPublicEvents(),
    listSearchYears(),
  ]);
  const reasons: Record<SearchProblem, string> = {
    tooLong: t("reasons.tooLong"),
    badFilter: t("reasons.badFilter"),
    noTerms: t("reasons.noTerms"),
  };
  const eventOptions: EventOption[] = events.flatMap((event) => {
    const title = translate(event.title, locale);
    return title ? [{ slug: event.slug, title: title.text, lang: title.lang }] : [];
  });
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      {problems.length > 0 ? (
        <Alert tone="warning">
          {problems.map((problem) => (
            <p key={problem}>{t("invalid", { reason: reasons[problem] })}</p>
          ))}
        </Alert>
      ) : null}
      <SearchForm locale={locale} params={search} events={eventOptions} years={years} />
      {search.q ? (
        <SearchResults locale={locale} params={search} outcome={outcome} events={eventOptions} />
      ) : (
        <p className="search-help">{t("empty")}</p>
      )}
    </>
  );
}
