// /{locale}/documents: the documents library without filters. With a filter query the proxy
// rewrites the request to the cached canonical page under ./f/ (see proxy.ts), so this page never
// reads searchParams and stays an ISR page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentLibrary } from "@/components/documents/document-library";
import { resolvePageLocale } from "@/components/site/page-locale";
import { NO_FILTERS } from "@/lib/documents/public-filters";
import { getLibraryChoices, getLibraryPage } from "@/lib/documents/public-library";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const [documents, t] = await Promise.all([getTranslations({ locale, namespace: "documents" }), getTranslations({ locale, namespace: "library" })]);
  return publicMetadata({ locale, path: "/documents", title: documents("title"), description: t("meta.documentsDescription") });
}

export default async function DocumentsPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [choices, page] = await Promise.all([getLibraryChoices(), getLibraryPage(NO_FILTERS)]);
  return <DocumentLibrary locale={locale} filters={NO_FILTERS} choices={choices} page={page} />;
}
