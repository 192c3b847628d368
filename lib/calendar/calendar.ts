// One public calendar file: reads the scope's public meetings, labels them in the requested
// language and builds the .ics. The route handlers and the integration tests both call this.
import "server-only";
import { createTranslator } from "next-intl";
import { publicBaseUrl } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/catalogue";
import { isPublicLocale, type PublicLocale } from "@/lib/i18n/routing";
import { translate } from "@/lib/i18n/translatable";
import { buildCalendar, type BuildCalendarInput, type CalendarLabels } from "./build";
import { calendarFileName, type CalendarScope } from "./paths";
import { findCalendarEvent, findCalendarMeeting, listCalendarMeetings } from "./queries";

export interface CalendarFile {
  body: string;
  fileName: string;
}

/** Labels in `locale`; `title` names a meeting's or event's calendar, null the calendar of all meetings. */
async function labelsFor(locale: PublicLocale, title: string | null): Promise<CalendarLabels> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "subscribe" });
  return {
    name: title ?? t("calendar.allName"),
    ...(title === null ? { description: t("calendar.allDescription") } : {}),
    cancelled: (text) => t("calendar.cancelledSummary", { title: text }),
    eventDays: (text) => t("calendar.eventDays", { title: text }),
  };
}

/** The calendar of `scope` in `locale`; null for an unknown locale or slug, a draft, or an undated meeting. */
export async function renderCalendar(locale: string, scope: CalendarScope, generatedAt: Date = new Date()): Promise<CalendarFile | null> {
  if (!isPublicLocale(locale)) return null;
  const baseUrl = publicBaseUrl();
  const common = { locale, baseUrl, generatedAt };
  let input: BuildCalendarInput;
  if (scope.kind === "meeting") {
    const meeting = await findCalendarMeeting(scope.slug);
    // An undated meeting has nothing to put in a calendar, and a VCALENDAR needs a component.
    if (!meeting?.startsAt) return null;
    const title = translate(meeting.title, locale)?.text ?? meeting.slug;
    input = { ...common, pageUrl: `${baseUrl}/${locale}/meetings/${meeting.slug}`, meetings: [meeting], labels: await labelsFor(locale, title) };
  } else if (scope.kind === "event") {
    const found = await findCalendarEvent(scope.slug);
    if (!found) return null;
    const title = translate(found.event.title, locale)?.text ?? found.event.slug;
    input = {
      ...common,
      pageUrl: `${baseUrl}/${locale}/events/${found.event.slug}`,
      meetings: found.meetings,
      event: found.event,
      labels: await labelsFor(locale, title),
    };
  } else {
    input = {
      ...common,
      pageUrl: `${baseUrl}/${locale}/events`,
      meetings: await listCalendarMeetings(),
      labels: await labelsFor(locale, null),
    };
  }
  return { body: buildCalendar(input), fileName: calendarFileName(locale, scope) };
}
