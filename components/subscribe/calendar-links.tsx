// "Add to calendar" (download the .ics once) and "Subscribe" (a webcal: address the calendar
// program polls, so later changes and cancellations reach it) for one meeting, one event or all
// meetings. A server component of two plain links: no client JavaScript.
import "./calendar-links.css";
import { getTranslations } from "next-intl/server";
import { calendarFileName, calendarPath, webcalUrl, type CalendarScope } from "@/lib/calendar/paths";
import { publicBaseUrl } from "@/lib/env";
import type { PublicLocale } from "@/lib/i18n/routing";

interface CalendarLinksProps {
  locale: PublicLocale;
  scope: CalendarScope;
}

export async function CalendarLinks({ locale, scope }: CalendarLinksProps) {
  const t = await getTranslations({ locale, namespace: "subscribe" });
  const path = calendarPath(locale, scope);
  // Each link's text names what it adds, so a page listing several stays unambiguous.
  const labels =
    scope.kind === "meeting"
      ? { download: t("links.meeting.download"), subscribe: t("links.meeting.subscribe") }
      : scope.kind === "event"
        ? { download: t("links.event.download"), subscribe: t("links.event.subscribe") }
        : { download: t("links.all.download"), subscribe: t("links.all.subscribe") };
  const hintId = `calendar-hint-${scope.kind}${scope.kind === "all" ? "" : `-${scope.slug}`}`;
  return (
    <ul className="calendar-links" aria-label={t("links.label")}>
      <li>
        <a href={path} download={calendarFileName(locale, scope)} type="text/calendar">
          {labels.download}
        </a>
      </li>
      <li>
        <a href={webcalUrl(`${publicBaseUrl()}${path}`)} aria-describedby={hintId}>
          {labels.subscribe}
        </a>
        <span id={hintId} className="calendar-links__hint">
          {t("links.subscribeHint")}
        </span>
      </li>
    </ul>
  );
}
