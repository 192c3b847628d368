import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DocumentTable } from "@/components/documents/document-table";
import { formatEventDays } from "@/components/meetings/format";
import { MeetingList } from "@/components/meetings/meeting-list";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import { resolvePageLocale } from "@/components/site/page-locale";
import { Alert, Breadcrumbs } from "@/components/ui";
import { getPublicEvent } from "@/lib/events/queries";
import { translateText } from "@/lib/i18n/translatable";

interface PageProps {
  params: Promise<{ locale: string; slug: string }>;
}

// Slugs are not known at build time (no database then): each event page renders on its first
// request and is cached from then on (ISR; see app/[locale]/layout.tsx).
export function generateStaticParams(): { slug: string }[] {
  return [];
}
export const dynamicParams = true;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const event = await getPublicEvent((await params).slug);
  return event ? { title: translateText(event.title, locale) } : {};
}

export default async function EventPage({ params }: PageProps) {
  const locale = await resolvePageLocale(params);
  const { slug } = await params;
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  const [t, site, common] = await Promise.all([
    getTranslations({ locale, namespace: "events" }),
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const title = translateText(event.title, locale);
  return (
    <>
      <Breadcrumbs
        label={site("breadcrumbsLabel")}
        items={[
          { label: site("nav.home"), href: `/${locale}` },
          { label: site("nav.events"), href: `/${locale}/events` },
          { label: title },
        ]}
      />
      <header className="page-header">
        <LocalizedText value={event.title} locale={locale} as="h1" />
        <p className="lead">{formatEventDays(event.startsOn, event.endsOn, locale) ?? common("yearOnly", { year: event.year })}</p>
      </header>
      {event.status === "CANCELLED" ? (
        <Alert tone="error" title={t("cancelledTitle")}>
          <LocalizedParagraphs value={event.cancellationNotice} locale={locale} />
        </Alert>
      ) : null}
      <LocalizedParagraphs value={event.summary} locale={locale} className="prose" />
      {event.venue ? (
        <p>
          <strong>{t("venue")}:</strong> <LocalizedText value={event.venue} locale={locale} />
        </p>
      ) : null}
      <section aria-labelledby="meetings-heading" className="section">
        <h2 id="meetings-heading">{t("meetingsHeading")}</h2>
        {event.meetings.length > 0 ? (
          <>
            <p className="muted">{t("meetingsIntro")}</p>
            <MeetingList meetings={event.meetings} locale={locale} eventYear={event.year} />
          </>
        ) : (
          <p>{t("noMeetings")}</p>
        )}
      </section>
      <section aria-labelledby="documents-heading" className="section">
        <h2 id="documents-heading">{t("documentsHeading")}</h2>
        {event.documents.length > 0 ? (
          <DocumentTable documents={event.documents} locale={locale} caption={t("documentsHeading")} captionHidden columns="attached" />
        ) : (
          <p>{t("noDocuments")}</p>
        )}
      </section>
    </>
  );
}
