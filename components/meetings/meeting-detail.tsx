// The body of a public meeting page: title, cancellation notice, facts, summary, agenda and
// documents. The public page (app/[locale]/meetings/[slug]) and the staff preview
// (app/admin/(console)/meetings/[id]/preview) both render this, so the preview is exactly what
// the public will see.
import "./print.css";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { DocumentTable, type FileLinks } from "@/components/documents/document-table";
import { Agenda } from "@/components/meetings/agenda";
import { MeetingFacts } from "@/components/meetings/meeting-facts";
import { RegistrationCallout } from "@/components/registration/public/registration-callout";
import { LocalizedParagraphs, LocalizedText } from "@/components/site/localized-text";
import { Alert } from "@/components/ui";
import type { PublicLocale } from "@/lib/i18n/routing";
import type { PublicMeeting } from "@/lib/meetings/queries";
import { getRegistrationCallout } from "@/lib/registrations/public-queries";

interface MeetingDetailProps {
  meeting: PublicMeeting;
  locale: PublicLocale;
  fileLinks?: FileLinks;
  /** Public page only (calendar links): the staff preview of a draft has no calendar to offer. */
  actions?: ReactNode;
}

export async function MeetingDetail({ meeting, locale, fileLinks = "public", actions }: MeetingDetailProps) {
  const [t, registration] = await Promise.all([getTranslations({ locale, namespace: "meeting" }), getRegistrationCallout({ meetingSlug: meeting.slug }, locale)]);
  return (
    <div className="meeting-page">
      <header className="page-header">
        <LocalizedText value={meeting.title} locale={locale} as="h1" />
      </header>
      {meeting.status === "CANCELLED" ? (
        <Alert tone="error" title={t("cancelledTitle")}>
          <LocalizedParagraphs value={meeting.cancellationNotice} locale={locale} />
        </Alert>
      ) : null}
      <MeetingFacts meeting={meeting} locale={locale} />
      {actions ? <div className="meeting-page__actions">{actions}</div> : null}
      <LocalizedParagraphs value={meeting.summary} locale={locale} className="prose" />
      {registration && meeting.status !== "CANCELLED" ? <RegistrationCallout callout={registration} locale={locale} /> : null}
      <section aria-labelledby="agenda-heading" className="section">
        <h2 id="agenda-heading">{t("agendaHeading")}</h2>
        <Agenda meeting={meeting} locale={locale} />
      </section>
      <section aria-labelledby="documents-heading" className="section">
        <h2 id="documents-heading">{t("documentsHeading")}</h2>
        {meeting.documents.length > 0 ? (
          <DocumentTable documents={meeting.documents} locale={locale} caption={t("documentsHeading")} captionHidden columns="attached" fileLinks={fileLinks} />
        ) : (
          <p>{t("noDocuments")}</p>
        )}
      </section>
    </div>
  );
}
