import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui";
import { LocalizedText } from "@/components/site/localized-text";
import { formatCalendarDate, formatFileSize } from "@/components/meetings/format";
import type { PublicDocument, SourcedDocument } from "@/lib/documents/queries";
import { localePath } from "@/lib/i18n/paths";
import { symbolPath } from "@/lib/seo/sitemap";
import { LANGUAGE_AUTONYMS, UN_LANGUAGES, textDirection, type UnLanguage } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import { translateText } from "@/lib/i18n/translatable";
import type { Language } from "@/lib/generated/prisma/enums";
import { fileTypeLabel } from "@/lib/uploads/file-types";
import { publicBaseUrl } from "@/lib/env";

type ListedDocument = PublicDocument & Partial<Pick<SourcedDocument, "event" | "meeting">>;

export interface DocumentTableProps {
  documents: readonly ListedDocument[];
  locale: PublicLocale;
  caption: string;
  captionHidden?: boolean;
  /**
   * Principal documents are read by symbol and date; a page's own documents by type; documents
   * listed away from their event or meeting ("sourced") name where they come from; the library
   * shows everything (type, symbol, date and source).
   */
  columns: "principal" | "attached" | "sourced" | "library";
  /** "staff" in the console's preview only. */
  fileLinks?: FileLinks;
}

function languageOf(language: Language): UnLanguage {
  // Prisma maps the enum to the BCP 47 code stored in the database (EN ↔ "en").
  return language.toLowerCase() as UnLanguage;
}

/**
 * Where a document's file in one language is fetched: the stable public address (always the
 * current file, only while the document is public), or, in the staff preview of a draft, the
 * staff address of the same current file, which the public address would still refuse.
 */
export type FileLinks = "public" | "staff";

export function documentFileHref(documentId: string, language: UnLanguage, links: FileLinks = "public"): string {
  const id = encodeURIComponent(documentId);
  return links === "staff" ? `/api/admin/documents/${id}/files/${language}` : `/files/${id}/${language}`;
}

/**
 * A language's own name, marked with its language and direction so that screen readers
 * pronounce it right and "العربية" keeps its direction inside an English (or Chinese) sentence.
 */
function autonymTag(language: UnLanguage) {
  function Autonym(chunks: ReactNode) {
    return (
      <span lang={language} dir={textDirection(language)}>
        {chunks}
      </span>
    );
  }
  return Autonym;
}

function visuallyHidden(chunks: ReactNode) {
  return <span className="visually-hidden">{chunks}</span>;
}

/**
 * One entry per language the document is issued in or has a file in (UN order), named in that
 * language: a download link to the stable address of its current file, or "not yet available".
 * Never another language's file in its place. A document with neither says so once.
 */
export async function DocumentFiles({ document, locale, links }: { document: ListedDocument; locale: PublicLocale; links: FileLinks }) {
  const t = await getTranslations({ locale, namespace: "documents" });
  const byLanguage = new Map(document.files.map((file) => [languageOf(file.language), file]));
  const issued = new Set([...document.languages.map(languageOf), ...byLanguage.keys()]);
  const languages = UN_LANGUAGES.filter((language) => issued.has(language));
  if (languages.length === 0) return <span className="doc-files__missing">{t("noFile")}</span>;
  const title = translateText(document.title, locale);
  return (
    <ul className="doc-files">
      {languages.map((language) => {
        const name = LANGUAGE_AUTONYMS[language];
        const file = byLanguage.get(language);
        if (!file) {
          return (
            <li key={language} className="doc-files__missing">
              {t.rich("fileMissing", { name, language: autonymTag(language) })}
            </li>
          );
        }
        const type = fileTypeLabel(file.contentType);
        const size = formatFileSize(file.sizeBytes, locale);
        // The whole description is the link's own text (the title visually hidden) rather than an
        // aria-label, so the language name keeps its lang attribute for screen readers.
        return (
          <li key={language}>
            <a
              href={documentFileHref(document.id, language, links)}
              hrefLang={language}
              type={file.contentType}
              data-print-url={links === "public" ? `${publicBaseUrl()}${documentFileHref(document.id, language)}` : undefined}
            >
              {t.rich("download", { title, name, type, size, hidden: visuallyHidden, language: autonymTag(language) })}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

export function DocumentSource({ document, locale }: { document: ListedDocument; locale: PublicLocale }) {
  if (document.meeting) {
    return (
      <Link href={localePath(locale, `/meetings/${document.meeting.slug}`)}>
        <LocalizedText value={document.meeting.title} locale={locale} />
      </Link>
    );
  }
  if (document.event) {
    return (
      <Link href={localePath(locale, `/events/${document.event.slug}`)}>
        <LocalizedText value={document.event.title} locale={locale} />
      </Link>
    );
  }
  return <>—</>;
}

/** A UN symbol, linked to the document's own page (/documents/symbol/A/RES/68/4). */
function SymbolCell({ symbol, locale }: { symbol: string; locale: PublicLocale }) {
  return (
    <Link href={localePath(locale, symbolPath(symbol))} dir="ltr">
      {symbol}
    </Link>
  );
}

/** The documents of a page, one row each, with its languages: a download link each, or not yet available. */
export async function DocumentTable({ documents, locale, caption, captionHidden, columns, fileLinks = "public" }: DocumentTableProps) {
  const t = await getTranslations({ locale, namespace: "documents" });
  const library = columns === "library";
  return (
    <Table caption={caption} captionHidden={captionHidden}>
      <thead>
        <tr>
          {columns === "principal" ? <th scope="col">{t("symbol")}</th> : null}
          {columns === "attached" ? <th scope="col">{t("type")}</th> : null}
          <th scope="col">{t("titleColumn")}</th>
          {library ? <th scope="col">{t("type")}</th> : null}
          {columns === "principal" || library ? <th scope="col">{t("date")}</th> : null}
          {columns === "attached" || library ? <th scope="col">{t("symbol")}</th> : null}
          {columns === "sourced" || library ? <th scope="col">{t("source")}</th> : null}
          <th scope="col">{t("files")}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.id}>
            {columns === "principal" ? <td className="doc-symbol">{document.symbol ? <SymbolCell symbol={document.symbol} locale={locale} /> : "—"}</td> : null}
            {columns === "attached" ? <td>{t(`kind.${document.kind}`)}</td> : null}
            <th scope="row">
              <LocalizedText value={document.title} locale={locale} />
            </th>
            {library ? <td>{t(`kind.${document.kind}`)}</td> : null}
            {columns === "principal" || library ? <td>{document.issuedOn ? formatCalendarDate(document.issuedOn, locale) : "—"}</td> : null}
            {columns === "attached" || library ? (
              <td className="doc-symbol">{document.symbol ? <SymbolCell symbol={document.symbol} locale={locale} /> : "—"}</td>
            ) : null}
            {columns === "sourced" || library ? (
              <td>
                <DocumentSource document={document} locale={locale} />
              </td>
            ) : null}
            <td>
              <DocumentFiles document={document} locale={locale} links={fileLinks} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
