import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui";
import { LocalizedText } from "@/components/site/localized-text";
import { cx } from "@/components/ui/cx";
import type { PublicMeetingSummary } from "@/lib/meetings/queries";
import { localePath } from "@/lib/i18n/paths";
import type { PublicLocale } from "@/lib/i18n/routing";
import { formatMeetingDate } from "./format";

/** An event's meetings, in the query's order; undated ones show the event's year. */
export async function MeetingList({ meetings, locale, eventYear }: { meetings: readonly PublicMeetingSummary[]; locale: PublicLocale; eventYear: number }) {
  const t = await getTranslations({ locale, namespace: "meeting" });
  const common = await getTranslations({ locale, namespace: "common" });
  return (
    <ul className="item-list">
      {meetings.map((meeting) => {
        const cancelled = meeting.status === "CANCELLED";
        return (
          <li key={meeting.id} className={cx("item-list__entry", cancelled && "item-list__entry--cancelled")}>
            <h3 className="item-list__title">
              <Link href={localePath(locale, `/meetings/${meeting.slug}`)}>
                <LocalizedText value={meeting.title} locale={locale} />
              </Link>
            </h3>
            <p className="item-list__meta">
              <Badge tone="info">{t(`kind.${meeting.kind}`)}</Badge>
              <span>{formatMeetingDate(meeting, locale) ?? common("yearOnly", { year: eventYear })}</span>
              {cancelled ? <Badge tone="danger">{t("status.CANCELLED")}</Badge> : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
