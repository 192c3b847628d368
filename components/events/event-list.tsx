import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/site/localized-text";
import { Badge } from "@/components/ui";
import { formatEventDays } from "@/components/meetings/format";
import type { PublicEventSummary } from "@/lib/events/queries";
import { localePath } from "@/lib/i18n/paths";
import type { PublicLocale } from "@/lib/i18n/routing";

/** Events in the order given (the query's order rule), each with its days and meeting count. */
export async function EventList({ events, locale, headingLevel = "h2" }: { events: readonly PublicEventSummary[]; locale: PublicLocale; headingLevel?: "h2" | "h3" }) {
  const t = await getTranslations({ locale, namespace: "events" });
  const common = await getTranslations({ locale, namespace: "common" });
  const meeting = await getTranslations({ locale, namespace: "meeting" });
  const Heading = headingLevel;
  if (events.length === 0) return <p>{t("none")}</p>;
  return (
    <ul className="item-list">
      {events.map((event) => (
        <li key={event.id} className="item-list__entry">
          <Heading className="item-list__title">
            <Link href={localePath(locale, `/events/${event.slug}`)}>
              <LocalizedText value={event.title} locale={locale} />
            </Link>
          </Heading>
          <p className="item-list__meta">
            <span>{formatEventDays(event.startsOn, event.endsOn, locale) ?? common("yearOnly", { year: event.year })}</span>
            <span>{t("meetingCount", { count: event._count.meetings })}</span>
            {event.status === "CANCELLED" ? <Badge tone="danger">{meeting("status.CANCELLED")}</Badge> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
