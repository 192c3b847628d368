import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui";
import { LocalizedText } from "@/components/site/localized-text";
import type { PublicMeeting } from "@/lib/meetings/queries";
import { localePath } from "@/lib/i18n/paths";
import type { PublicLocale } from "@/lib/i18n/routing";
import { describeMeetingWhen } from "./format";

/** Type, date(s), time, venue, cancellation and event of a meeting, as a description list. */
export async function MeetingFacts({ meeting, locale }: { meeting: PublicMeeting; locale: PublicLocale }) {
  const t = await getTranslations({ locale, namespace: "meeting" });
  const common = await getTranslations({ locale, namespace: "common" });
  const when = describeMeetingWhen(meeting, locale);
  const cancelled = meeting.status === "CANCELLED";
  return (
    <dl className="facts" aria-label={t("factsLabel")}>
      <dt>{t("type")}</dt>
      <dd>{t(`kind.${meeting.kind}`)}</dd>
      <dt>{t("date")}</dt>
      <dd>
        {when.kind === "undated" ? common("yearOnly", { year: meeting.event.year }) : null}
        {when.kind === "days" ? when.text : null}
        {when.kind === "timed" ? when.date : null}
      </dd>
      {when.kind === "timed" ? (
        <>
          <dt>{t("time")}</dt>
          <dd>
            {when.time} <span className="muted">({when.timeZoneName})</span>
          </dd>
        </>
      ) : null}
      {meeting.venue ? (
        <>
          <dt>{t("venue")}</dt>
          <dd>
            <LocalizedText value={meeting.venue} locale={locale} />
          </dd>
        </>
      ) : null}
      {/* Only a cancellation is worth a status line: "scheduled" would be wrong for past meetings,
          and "held" would need the time of the request, which a cached page does not have. */}
      {cancelled ? (
        <>
          <dt>{t("status_label")}</dt>
          <dd>
            <Badge tone="danger">{t("status.CANCELLED")}</Badge>
          </dd>
        </>
      ) : null}
      <dt>{t("event")}</dt>
      <dd>
        <Link href={localePath(locale, `/events/${meeting.event.slug}`)}>
          <LocalizedText value={meeting.event.title} locale={locale} />
        </Link>
      </dd>
    </dl>
  );
}
