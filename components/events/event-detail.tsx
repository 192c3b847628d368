// The body of a public event page: title and days, cancellation notice, summary, venue, its public
// meetings and its documents. The public page (app/[locale]/events/[slug]) and the staff preview
// (app/admin/(console)/events/[id]/preview) both render this, so the preview is what the public sees.
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DocumentTable, type FileLinks } from "@/components/documents/document-table";
import { formatEventDays } from "@/components/meetings/format";
import { MeetingList } from "@/components/meetings/meeting-list";
import { RegistrationCallout } from "@/components/registration/public/registration-callout";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import { Alert } from "@/components/ui";
import type { PublicEvent } from "@/lib/events/queries";
import type { PublicLocale } from "@/lib/i18n/routing";
import { listPublicPartners } from "@/lib/registrations/partners";
import { getRegistrationCallout } from "@/lib/registrations/public-queries";

interface EventDetailProps {
  event: PublicEvent;
  locale: PublicLocale;
  fileLinks?: FileLinks;
  /** Public page only (calendar links): the staff preview of a draft has no calendar to offer. */
  actions?: ReactNode;
}

export async function EventDetail({ event, locale, fileLinks = "public", actions }: EventDetailProps) {
  const [t, common, registration, partners, partnersText] = await Promise.all([
    getTranslations({ locale, namespace: "events" }),
    getTranslations({ locale, namespace: "common" }),
    getRegistrationCallout({ eventSlug: event.slug }, locale),
    listPublicPartners(event.slug),
    getTranslations({ locale, namespace: "partners" }),
  ]);
  return (
    <>
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
      {actions}
      {event.venue ? (
        <p>
          <strong>{t("venue")}:</strong> <LocalizedText value={event.venue} locale={locale} />
        </p>
      ) : null}
      {registration && event.status !== "CANCELLED" ? <RegistrationCallout callout={registration} locale={locale} /> : null}
      {/* A cancelled event lists no partners (its Partners page says it was cancelled). */}
      {event.status !== "CANCELLED" && partners && partners.length > 0 ? (
        <p>
          {partnersText("eventLinkIntro")} <Link href={`/${locale}/events/${event.slug}/partners`}>{partnersText("eventLink")}</Link>
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
          <DocumentTable documents={event.documents} locale={locale} caption={t("documentsHeading")} captionHidden columns="attached" fileLinks={fileLinks} />
        ) : (
          <p>{t("noDocuments")}</p>
        )}
      </section>
    </>
  );
}
