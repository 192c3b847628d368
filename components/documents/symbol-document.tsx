// The body of a document's own page (/{locale}/documents/symbol/A/RES/68/4): title, symbol, type,
// date of issue, where it belongs, description and a download link per language (or "not yet
// available").
import { getTranslations } from "next-intl/server";
import { DocumentFiles, DocumentSource } from "@/components/documents/document-table";
import { formatCalendarDate } from "@/components/meetings/format";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import { Badge } from "@/components/ui";
import type { SymbolDocument } from "@/lib/documents/public-library";
import type { PublicLocale } from "@/lib/i18n/routing";
import "./library.css";

export async function SymbolDocumentDetail({ document, locale }: { document: SymbolDocument; locale: PublicLocale }) {
  const [t, documents] = await Promise.all([getTranslations({ locale, namespace: "library" }), getTranslations({ locale, namespace: "documents" })]);
  return (
    <article className="symbol-page">
      <header className="page-header">
        {/* The symbol keeps its own left-to-right order but the page's alignment. */}
        <p className="lead doc-symbol">
          <span dir="ltr">{document.symbol}</span>
        </p>
        <LocalizedText value={document.title} locale={locale} as="h1" />
        {document.isPrincipal ? <Badge tone="info">{t("symbol.principalBadge")}</Badge> : null}
      </header>
      <dl className="facts">
        <dt>{t("symbol.symbol")}</dt>
        <dd className="doc-symbol" dir="ltr">
          {document.symbol}
        </dd>
        <dt>{t("symbol.kind")}</dt>
        <dd>{documents(`kind.${document.kind}`)}</dd>
        {document.issuedOn ? (
          <>
            <dt>{t("symbol.issued")}</dt>
            <dd>
              <time dateTime={document.issuedOn.toISOString().slice(0, 10)}>{formatCalendarDate(document.issuedOn, locale)}</time>
            </dd>
          </>
        ) : null}
        {document.event || document.meeting ? (
          <>
            <dt>{t("symbol.source")}</dt>
            <dd>
              <DocumentSource document={document} locale={locale} />
            </dd>
          </>
        ) : null}
      </dl>
      <LocalizedParagraphs value={document.description} locale={locale} className="prose section" />
      <section aria-labelledby="files-heading" className="section">
        <h2 id="files-heading">{t("symbol.filesHeading")}</h2>
        <DocumentFiles document={document} locale={locale} links="public" />
      </section>
    </article>
  );
}
