// iCalendar (RFC 5545) files of meetings, made with ical-generator. Pure: the data, the labels in
// the requested language and the generation instant come in, the text of the file goes out.
//
// Invariants a calendar program relies on:
// - UID is "meeting-<id>@<host>" (or "event-<id>@<host>"): it never changes with title or slug, so
//   a re-imported or refreshed file updates the entry instead of duplicating it;
// - SEQUENCE is the record's version, which rises on every saved change (RFC 5545 3.8.7.4);
// - a cancelled meeting (or a meeting of a cancelled event) stays in the file with STATUS:CANCELLED,
//   so subscribers see the cancellation instead of a silently vanished entry;
// - timed meetings are written in the venue's zone (DTSTART;TZID=…) with its VTIMEZONE; all-day
//   meetings as DATE values with an exclusive DTEND (3.6.1).
import { TZDate } from "@date-fns/tz";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { escape, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from "ical-generator";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translate } from "@/lib/i18n/translatable";
import { addDays, instantToZoned } from "@/lib/time/zoned";
import { plainText } from "./plain-text";

/** How often subscribers should poll (REFRESH-INTERVAL, RFC 7986; X-PUBLISHED-TTL for Outlook). */
export const CALENDAR_REFRESH_SECONDS = 3600;

type Status = "DRAFT" | "PUBLISHED" | "CANCELLED";

export interface CalendarMeetingInput {
  id: string;
  slug: string;
  title: unknown;
  summary: unknown;
  venue: unknown;
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  status: Status;
  cancellationNotice: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  event: { status: Status };
}

export interface CalendarEventInput {
  id: string;
  slug: string;
  title: unknown;
  summary: unknown;
  venue: unknown;
  /** Calendar days (UTC midnights of @db.Date columns); endsOn is the last day, inclusive. */
  startsOn: Date | null;
  endsOn: Date | null;
  status: Status;
  cancellationNotice: unknown;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CalendarLabels {
  /** X-WR-CALNAME / NAME. */
  name: string;
  description?: string;
  cancelled: (title: string) => string;
  eventDays: (title: string) => string;
}

export interface BuildCalendarInput {
  locale: UnLanguage;
  /** publicBaseUrl(): absolute, no trailing slash. */
  baseUrl: string;
  /** Absolute URL of the public page the calendar stands for (calendar URL property). */
  pageUrl: string;
  /** DTSTAMP: with METHOD:PUBLISH it is when this file was made (RFC 5545 3.8.7.2). */
  generatedAt: Date;
  labels: CalendarLabels;
  meetings: readonly CalendarMeetingInput[];
  /** An event calendar also carries the event's own days as one all-day entry. */
  event?: CalendarEventInput;
}

/** "YYYYMMDD"-able UTC midnight of a "YYYY-MM-DD" day: ical-generator writes DATE values from UTC fields when no zone is set. */
function utcDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function text(value: unknown, locale: UnLanguage): string {
  return plainText(translate(value, locale)?.text ?? "");
}

function descriptionOf(parts: readonly string[]): string | null {
  const present = parts.filter((part) => part.trim() !== "");
  return present.length > 0 ? present.join("\n\n") : null;
}

/** The VEVENT timing of a meeting, or null when it is undated. */
function meetingTiming(meeting: CalendarMeetingInput): Pick<ICalEventData, "start" | "end" | "allDay" | "timezone"> | null {
  const { startsAt, endsAt, timeZone } = meeting;
  if (!startsAt) return null;
  if (meeting.allDay) {
    // Stored as the local midnights bounding the days (end exclusive): the days are those at the venue.
    const first = instantToZoned(startsAt, timeZone).slice(0, 10);
    const endExclusive = endsAt ? instantToZoned(endsAt, timeZone).slice(0, 10) : addDays(first, 1);
    return { start: utcDay(first), end: utcDay(endExclusive > first ? endExclusive : addDays(first, 1)), allDay: true, timezone: null };
  }
  if (getVtimezoneComponent(timeZone) === null) {
    // A zone without a VTIMEZONE definition: UTC instants are still exact.
    return { start: startsAt, end: endsAt, allDay: false, timezone: null };
  }
  // TZDate reads its fields in the venue's zone, which is what ical-generator writes after TZID=.
  return { start: new TZDate(startsAt, timeZone), end: endsAt ? new TZDate(endsAt, timeZone) : null, allDay: false, timezone: timeZone };
}

/** The iCalendar text (CRLF lines, folded at 75 octets) of these meetings. */
export function buildCalendar(input: BuildCalendarInput): string {
  const { locale, baseUrl, generatedAt, labels } = input;
  const host = new URL(baseUrl).hostname;
  const calendar = ical({
    prodId: { company: "United Nations", product: "HLD Portal", language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME, X-WR-CALNAME and X-WR-CALDESC unescaped: escape them here.
    name: escape(plainText(labels.name), false),
    ...(labels.description ? { description: escape(plainText(labels.description), false) } : {}),
    url: input.pageUrl,
    ttl: CALENDAR_REFRESH_SECONDS,
  });

  const event = input.event;
  if (event?.startsOn) {
    const first = event.startsOn.toISOString().slice(0, 10);
    const last = (event.endsOn ?? event.startsOn).toISOString().slice(0, 10);
    const cancelled = event.status === "CANCELLED";
    const title = text(event.title, locale);
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      sequence: event.version,
      stamp: generatedAt,
      created: event.createdAt,
      lastModified: event.updatedAt,
      start: utcDay(first),
      end: utcDay(addDays(last, 1)),
      allDay: true,
      summary: cancelled ? labels.cancelled(labels.eventDays(title)) : labels.eventDays(title),
      description: descriptionOf([cancelled ? text(event.cancellationNotice, locale) : "", text(event.summary, locale)]),
      location: text(event.venue, locale) || null,
      url: `${baseUrl}/${locale}/events/${event.slug}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }

  const zones = new Set<string>();
  for (const meeting of input.meetings) {
    const timing = meetingTiming(meeting);
    if (!timing) continue;
    if (timing.timezone) zones.add(timing.timezone);
    const cancelled = meeting.status === "CANCELLED" || meeting.event.status === "CANCELLED";
    const title = text(meeting.title, locale);
    calendar.createEvent({
      ...timing,
      id: `meeting-${meeting.id}@${host}`,
      sequence: meeting.version,
      stamp: generatedAt,
      created: meeting.createdAt,
      lastModified: meeting.updatedAt,
      summary: cancelled ? labels.cancelled(title) : title,
      description: descriptionOf([cancelled ? text(meeting.cancellationNotice, locale) : "", text(meeting.summary, locale)]),
      location: text(meeting.venue, locale) || null,
      url: `${baseUrl}/${locale}/meetings/${meeting.slug}`,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return withTimeZones(calendar.toString(), zones);
}

/**
 * Puts one VTIMEZONE per zone used (from @touch4it/ical-timezones) before the first component.
 * ical-generator's own timezone generator writes them before REFRESH-INTERVAL and X-PUBLISHED-TTL,
 * i.e. calendar properties after a component, which RFC 5545 3.4 (icalbody = calprops component)
 * does not allow; the other properties are already in place when the first BEGIN: line comes.
 */
function withTimeZones(ics: string, zones: ReadonlySet<string>): string {
  if (zones.size === 0) return ics;
  const blocks = [...zones]
    .sort()
    .map((zone) => getVtimezoneComponent(zone))
    .filter((block): block is string => block !== null)
    .map((block) => `${block.trim().replace(/\r?\n/gu, "\r\n")}\r\n`)
    .join("");
  const firstComponent = ics.search(/^BEGIN:(?!VCALENDAR)/mu);
  const at = firstComponent === -1 ? ics.lastIndexOf("END:VCALENDAR") : firstComponent;
  return `${ics.slice(0, at)}${blocks}${ics.slice(at)}`;
}
