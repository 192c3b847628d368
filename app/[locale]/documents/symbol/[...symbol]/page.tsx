// /{locale}/documents/symbol/{…symbol}: one symbolled public document by its UN symbol
// (/en/documents/symbol/A/RES/68/4): title, symbol, date, description and its language files.
// ISR: rendered on first request, then cached; staff publishing refreshes it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SymbolDocumentDetail } from "@/components/documents/symbol-document";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Breadcrumbs } from "@/components/ui";
import { symbolPath } from "@/lib/seo/sitemap";
import { getDocumentBySymbol } from "@/lib/documents/public-library";
import { translateText } from "@/lib/i18n/translatable";
import { publicMetadata } from "@/lib/seo/metadata";

interface PageProps {
  params: Promise<{ locale: string; symbol: string[] }>;
}

export function generateStaticParams(): { symbol: string[] }[] {
  return [];
}
export const dynamicParams = true;

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Symbols are a few short segments (A/RES/68/4, E/CN.9/2006/3); anything longer is not one. */
async function requestedSymbol(params: PageProps["params"]): Promise<string> {
  const segments = (await params).symbol.map(decodeSegment);
  if (segments.length > 8 || segments.some((segment) => segment === "" || segment.length > 40)) notFound();
  return segments.join("/");
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const document = await getDocumentBySymbol(await requestedSymbol(params));
  if (!document?.symbol) return {};
  const t = await getTranslations({ locale, namespace: "library" });
  const title = translateText(document.title, locale);
  return publicMetadata({
    locale,
    path: symbolPath(document.symbol),
    title: `${document.symbol} · ${title}`,
    description: t("meta.symbolDescription", { symbol: document.symbol, title }),
    type: "article",
  });
}

export default async function SymbolDocumentPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const document = await getDocumentBySymbol(await requestedSymbol(params));
  if (!document?.symbol) notFound();
  const site = await getTranslations({ locale, namespace: "site" });
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.documents"), href: `/${locale}/documents` },
          { label: document.symbol },
        ]}
      />
      <SymbolDocumentDetail document={document} locale={locale} />
    </>
  );
}
