// The body of the documents library, for the plain page (/{locale}/documents) and every cached
// filtered page (/{locale}/documents/f/…): filter form, count, principal documents first, then
// the others, and pagination by plain links.
import "./library.css";
import { getTranslations } from "next-intl/server";
import { DocumentTable } from "@/components/documents/document-table";
import { formatNumber } from "@/components/meetings/format";
import { Alert } from "@/components/ui";
import type { LibraryChoices, LibraryPage } from "@/lib/documents/public-library";
import { LIBRARY_PAGE_SIZE, libraryHref, type LibraryFilters } from "@/lib/documents/public-filters";
import type { PublicLocale } from "@/lib/i18n/routing";
import { LibraryFilterForm } from "./library-filters";
import { describeLibraryFilters } from "./library-labels";

interface DocumentLibraryProps {
  locale: PublicLocale;
  filters: LibraryFilters;
  choices: LibraryChoices;
  page: LibraryPage;
}

async function Pagination({ locale, filters, page }: { locale: PublicLocale; filters: LibraryFilters; page: LibraryPage }) {
  if (page.pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "library" });
  const href = (number: number) => `/${locale}${libraryHref({ ...filters, page: number })}`;
  return (
    <nav className="library-pagination" aria-label={t("pagination.label")}>
      {page.page > 1 ? (
        <a href={href(page.page - 1)} rel="prev">
          {t("pagination.previous")}
        </a>
      ) : null}
      <span aria-current="page">{t("pagination.status", { page: formatNumber(page.page, locale), pageCount: formatNumber(page.pageCount, locale) })}</span>
      {page.page < page.pageCount ? (
        <a href={href(page.page + 1)} rel="next">
          {t("pagination.next")}
        </a>
      ) : null}
    </nav>
  );
}

export async function DocumentLibrary({ locale, filters, choices, page }: DocumentLibraryProps) {
  const [t, documents] = await Promise.all([getTranslations({ locale, namespace: "library" }), getTranslations({ locale, namespace: "documents" })]);
  const principal = page.documents.filter((document) => document.isPrincipal);
  const others = page.documents.filter((document) => !document.isPrincipal);
  const from = (page.page - 1) * LIBRARY_PAGE_SIZE + 1;
  const active = await describeLibraryFilters(filters, choices, locale);
  return (
    <>
      <header className="page-header">
        <h1>{documents("title")}</h1>
        <p className="lead">{documents("intro")}</p>
      </header>
      <LibraryFilterForm locale={locale} filters={filters} choices={choices} />
      <div className="library-summary">
        {active ? <p>{t("filters.active", { filters: active })}</p> : null}
        <p>
          <strong>{t("results.count", { count: page.total })}</strong>
          {page.total > page.documents.length && page.documents.length > 0 ? (
            <>
              {" · "}
              {t("results.range", {
                from: formatNumber(from, locale),
                to: formatNumber(from + page.documents.length - 1, locale),
                total: formatNumber(page.total, locale),
              })}
            </>
          ) : null}
        </p>
      </div>
      {page.documents.length === 0 && !active ? <p>{documents("none")}</p> : null}
      {page.documents.length === 0 && active ? (
        <Alert tone="info" title={t("results.empty")}>
          <p>
            {t("results.emptyHint")} <a href={`/${locale}/documents`}>{t("filters.clear")}</a>
          </p>
        </Alert>
      ) : null}
      {principal.length > 0 ? (
        <section aria-labelledby="principal-heading" className="section">
          <h2 id="principal-heading">{documents("principalHeading")}</h2>
          <DocumentTable documents={principal} locale={locale} caption={documents("principalHeading")} captionHidden columns="library" />
        </section>
      ) : null}
      {others.length > 0 ? (
        <section aria-labelledby="other-heading" className="section">
          <h2 id="other-heading">{documents("otherHeading")}</h2>
          <DocumentTable documents={others} locale={locale} caption={documents("otherHeading")} captionHidden columns="library" />
        </section>
      ) : null}
      <Pagination locale={locale} filters={filters} page={page} />
    </>
  );
}
