import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentTable } from "@/components/documents/document-table";
import { Agenda } from "@/components/meetings/agenda";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Alert, Breadcrumbs } from "@/components/ui";
import { translateText } from "@/lib/i18n/translatable";
import { getPublicMeeting } from "@/lib/meetings/queries";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Rendered on first request, then cached (ISR; see app/[locale]/layout.tsx).
export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const meeting = await getPublicMeeting((await params).slug);
  return meeting ? { title: translateText(meeting.title, locale) } : {};
}

export default async function MeetingPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const meeting = await getPublicMeeting(slug);
  if (!meeting) notFound();
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: "meeting" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.events"), href: `/${locale}/events` },
          { label: translateText(meeting.event.title, locale), href: `/${locale}/events/${meeting.event.slug}` },
          { label: translateText(meeting.title, locale) },
        ]}
      />
      <header className="page-header">
        <LocalizedText value={meeting.title} locale={locale} as="h1" />
      </header>
      {meeting.status === "CANCELLED" ? (
        <Alert tone="error" title={t("cancelledTitle")}>
          <LocalizedParagraphs value={meeting.cancellationNotice} locale={locale} />
        </Alert>
      ) : null}
      <MeetingFacts meeting={meeting} locale={locale} />
      <LocalizedParagraphs value={meeting.summary} locale={locale} className="prose" />
      <section aria-labelledby="agenda-heading" className="section">
        <h2 id="agenda-heading">{t("agendaHeading")}</h2>
        <Agenda meeting={meeting} locale={locale} />
      </section>
      <section aria-labelledby="documents-heading" className="section">
        <h2 id="documents-heading">{t("documentsHeading")}</h2>
        {meeting.documents.length > 0 ? (
          <DocumentTable documents={meeting.documents} locale={locale} caption={t("documentsHeading")} captionHidden columns="attached" />
        ) : (
          <p>{t("noDocuments")}</p>
        )}
      </section>
    </>
  );
}
