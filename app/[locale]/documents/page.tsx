import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DocumentTable } from "@/components/documents/document-table";
import { resolvePageLocale } from "@/components/site/page-locale";
import { listOtherPublicDocuments, listPrincipalDocuments, type SourcedDocument } from "@/lib/documents/queries";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

interface PageProps {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "documents" });
  return { title: t("title") };
}

function groupByKind(documents: readonly SourcedDocument[]): [DocumentKind, SourcedDocument[]][] {
  const groups = new Map<DocumentKind, SourcedDocument[]>();
  for (const document of documents) groups.set(document.kind, [...(groups.get(document.kind) ?? []), document]);
  return [...groups.entries()];
}

export default async function DocumentsPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const [t, principal, others] = await Promise.all([
    getTranslations({ locale, namespace: "documents" }),
    listPrincipalDocuments(),
    listOtherPublicDocuments(),
  ]);
  return (
    <>
      <header className="page-header">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </header>
      <section aria-labelledby="principal-heading">
        <h2 id="principal-heading">{t("principalHeading")}</h2>
        {principal.length > 0 ? (
          <DocumentTable documents={principal} locale={locale} caption={t("principalHeading")} captionHidden columns="principal" />
        ) : (
          <p>{t("none")}</p>
        )}
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="other-heading" className="section">
          <h2 id="other-heading">{t("otherHeading")}</h2>
          <p>{t("otherIntro")}</p>
          {groupByKind(others).map(([kind, documents]) => (
            <section key={kind} aria-labelledby={`kind-${kind}`}>
              <h3 id={`kind-${kind}`}>{t(`kindPlural.${kind}`)}</h3>
              <DocumentTable documents={documents} locale={locale} caption={t(`kindPlural.${kind}`)} captionHidden columns="sourced" />
            </section>
          ))}
        </section>
      ) : null}
    </>
  );
}
