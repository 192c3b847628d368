import { getTranslations } from "next-intl/server";
import { LANGUAGE_AUTONYMS, textDirection } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import type { SearchOutcome, SearchResult } from "@/lib/search/queries";
import { SEARCH_PAGE_SIZE, searchQueryString, type SearchParams } from "@/lib/search/schemas";
import { Highlighted } from "./highlighted";
import type { EventOption } from "./search-form";

interface SearchResultsProps {
  locale: PublicLocale;
  params: SearchParams;
  outcome: SearchOutcome;
  events: EventOption[];
}

/** "/files/…" addresses have no locale; every other result is a page of the public site. */
function resultHref(locale: PublicLocale, path: string): string {
  return path.startsWith("/files/") ? path : `/${locale}${path}`;
}

/** Page numbers around the current one, with the first and last: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(page: number, pages: number): number[] {
  const shown = new Set([1, pages]);
  for (let near = page - 2; near <= page + 2; near += 1) if (near >= 1 && near <= pages) shown.add(near);
  return [...shown].sort((a, b) => a - b);
}

export async function SearchResults({ locale, params, outcome, events }: SearchResultsProps) {
  const t = await getTranslations({ locale, namespace: "search" });
  const typeLabels: Record<SearchResult["type"], string> = {
    MEETING: t("types.MEETING"),
    AGENDA_ITEM: t("types.AGENDA_ITEM"),
    DOCUMENT: t("types.DOCUMENT"),
  };
  const eventTitles = new Map(events.map((event) => [event.slug, event]));
  const pageHref = (page: number) => `/${locale}/search?${searchQueryString(params, { page })}`;
  return (
    <section aria-labelledby="search-results-heading" className="section">
      <h2 id="search-results-heading" className="visually-hidden">{t("resultsHeading")}</h2>
      <p className="search-count" role="status">
        {t("count", { count: outcome.total, query: params.q })}
        {outcome.pages > 1 ? <> · {t("pageOf", { page: outcome.page, pages: outcome.pages })}</> : null}
      </p>
      {outcome.total === 0 ? (
        <div className="search-help">
          <h3>{t("noResults.heading")}</h3>
          <p>{t("noResults.tips")}</p>
        </div>
      ) : (
        <ol className="search-results" start={(outcome.page - 1) * SEARCH_PAGE_SIZE + 1}>
          {outcome.results.map((result) => {
            const event = result.event ? eventTitles.get(result.event) : undefined;
            const dir = textDirection(result.language);
            return (
              <li key={result.id} className="search-result">
                <h3 className="search-result__title">
                  <a href={resultHref(locale, result.path)} lang={result.language} dir={dir}>
                    <Highlighted parts={result.title} />
                  </a>
                </h3>
                <p className="search-result__meta">
                  <span>{typeLabels[result.type]}</span>
                  {result.symbol ? <span className="search-result__symbol" dir="ltr">{result.symbol}</span> : null}
                  {event ? <span lang={event.lang}>{event.title}</span> : null}
                  {result.year !== null ? <span>{result.year}</span> : null}
                  {result.language !== locale ? (
                    <span>{t.rich("inLanguage", { language: LANGUAGE_AUTONYMS[result.language], lang: (chunks) => <span lang={result.language}>{chunks}</span> })}</span>
                  ) : null}
                </p>
                {result.snippet.length > 0 ? (
                  <p className="search-result__snippet" lang={result.language} dir={dir}>
                    <Highlighted parts={result.snippet} />
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {outcome.pages > 1 ? (
        <nav className="search-pagination" aria-label={t("pagination")}>
          <ul>
            {outcome.page > 1 ? <li><a href={pageHref(outcome.page - 1)} rel="prev">{t("previous")}</a></li> : null}
            {pageWindow(outcome.page, outcome.pages).map((page) => (
              <li key={page}>
                {page === outcome.page ? (
                  <span aria-current="page">{page}</span>
                ) : (
                  <a href={pageHref(page)} aria-label={t("pageLink", { page })}>{page}</a>
                )}
              </li>
            ))}
            {outcome.page < outcome.pages ? <li><a href={pageHref(outcome.page + 1)} rel="next">{t("next")}</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </section>
  );
}
