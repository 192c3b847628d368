// /{locale}/documents/f/{kind}/{language}/{event}/{year}/{page}: one filtered page of the documents
// library, "-" for any. People never type this address: proxy.ts rewrites the public query
// (/en/documents?kind=REPORT&page=2) to it after validating it, so each combination is one ISR
// page, rendered on first request and then served from the cache. Anything not canonical is a 404.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentLibrary } from "@/components/documents/document-library";
import { describeLibraryFilters } from "@/components/documents/library-labels";
import { formatNumber } from "@/components/meetings/format";
import { resolvePageLocale } from "@/components/site/page-locale";
import { libraryHref, parseLibraryPath, type LibraryFilters } from "@/lib/documents/public-filters";
import { getLibraryChoices, getLibraryPage, type LibraryChoices } from "@/lib/documents/public-library";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string; filters: string[] }>;
}

export function generateStaticParams(): { filters: string[] }[] {
  return [];
}
export const dynamicParams = true;

/** The filters of a path that exists: canonical, a public event, a page within the results. */
async function resolveFilters(params: PageProps["params"]): Promise<{ filters: LibraryFilters; choices: LibraryChoices }> {
  const filters = parseLibraryPath((await params).filters);
  if (!filters) notFound();
  const choices = await getLibraryChoices();
  if (filters.event && !choices.events.some((event) => event.slug === filters.event)) notFound();
  return { filters, choices };
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const { filters, choices } = await resolveFilters(params);
  const [documents, t, active] = await Promise.all([
    getTranslations({ locale, namespace: "documents" }),
    getTranslations({ locale, namespace: "library" }),
    describeLibraryFilters(filters, choices, locale),
  ]);
  const base = active ? t("meta.filteredTitle", { filters: active }) : documents("title");
  const title = filters.page > 1 ? t("meta.pageTitle", { title: base, page: formatNumber(filters.page, locale) }) : base;
  return publicMetadata({ locale, path: libraryHref(filters), title, description: t("meta.documentsDescription") });
}

export default async function FilteredDocumentsPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { filters, choices } = await resolveFilters(params);
  const page = await getLibraryPage(filters);
  if (filters.page > page.pageCount) notFound();
  return <DocumentLibrary locale={locale} filters={filters} choices={choices} page={page} />;
}
