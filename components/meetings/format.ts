// Date and time display for events, meetings and agenda items. Meeting instants are shown in the
// venue's time zone (not the reader's), because that is when the meeting happens; event days are
// calendar dates stored without a zone, so they are formatted in UTC to keep the stored day.

/**
 * The Intl locale used for dates, times and numbers in each interface language.
 * - English: UN English writes day before month ("12 October 2012"), as British English does.
 * - Arabic: the UN's Arabic site (un.org/ar) and its Arabic documents print Western digits
 *   (3 أكتوبر 2013), so years, times and UN symbols read alike in every language. Plain "ar"
 *   gives Western digits in recent CLDR (Node 20's ICU) but Arabic-Indic ones (٣ أكتوبر ٢٠١٣) in
 *   older data, so the numbering is pinned: "ar-u-nu-latn", Arabic month names and order, Latin
 *   digits, the same on every server and browser.
 * - Chinese "zh" (Simplified, as UN Chinese is), French, Russian, Spanish: their own conventions.
 */
export function intlLocale(locale: string): string {
  if (locale === "en") return "en-GB";
  if (locale === "ar") return "ar-u-nu-latn";
  return locale;
}

/** The Intl locale of dates (same as intlLocale; kept as the name callers use for dates). */
export const dateLocale = intlLocale;

/** A year as a number in the reader's digits, without grouping ("2013", never "2,013"). */
export function formatYear(year: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale), { useGrouping: false }).format(year);
}

/** A count in the reader's number format ("1,234", "1 234", "1.234"). */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(value);
}

export interface MeetingTiming {
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
}

export type MeetingWhen =
  | { kind: "undated" }
  | { kind: "days"; text: string }
  | { kind: "timed"; date: string; time: string; timeZoneName: string };

const ONE_MS = 1;

/** How a meeting's date(s) read: all-day meetings give only the date(s), timed ones date and times. */
export function describeMeetingWhen(meeting: MeetingTiming, locale: string): MeetingWhen {
  const { startsAt, endsAt, timeZone } = meeting;
  if (!startsAt) return { kind: "undated" };
  const dateFormat = new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "full", timeZone });
  if (meeting.allDay) {
    // All-day ends are exclusive midnights: the last day is the instant just before.
    const lastDay = endsAt ? new Date(endsAt.getTime() - ONE_MS) : startsAt;
    const sameDay = dateFormat.format(lastDay) === dateFormat.format(startsAt);
    return { kind: "days", text: sameDay ? dateFormat.format(startsAt) : dateFormat.formatRange(startsAt, lastDay) };
  }
  const timeFormat = new Intl.DateTimeFormat(dateLocale(locale), { hour: "numeric", minute: "2-digit", timeZone });
  const time = endsAt ? timeFormat.formatRange(startsAt, endsAt) : timeFormat.format(startsAt);
  return { kind: "timed", date: dateFormat.format(startsAt), time, timeZoneName: timeZoneLabel(startsAt, timeZone, locale) };
}

/** The zone's name as readers know it at that instant, e.g. "Eastern Daylight Time". */
export function timeZoneLabel(at: Date, timeZone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(dateLocale(locale), { timeZone, timeZoneName: "long" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** A compact date for lists (e.g. "12 October 2012"), in the venue's zone. */
export function formatMeetingDate(meeting: MeetingTiming, locale: string): string | null {
  if (!meeting.startsAt) return null;
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "long", timeZone: meeting.timeZone }).format(meeting.startsAt);
}

/** An agenda item's time span in the meeting's zone ("10:00 AM – 1:00 PM"), or null when untimed. */
export function formatAgendaTime(startsAt: Date | null, endsAt: Date | null, timeZone: string, locale: string): string | null {
  if (!startsAt) return null;
  const format = new Intl.DateTimeFormat(dateLocale(locale), { hour: "numeric", minute: "2-digit", timeZone });
  return endsAt ? format.formatRange(startsAt, endsAt) : format.format(startsAt);
}

/** Calendar days of an event ("3–4 October 2013"); a @db.Date arrives as UTC midnight. */
export function formatEventDays(startsOn: Date | null, endsOn: Date | null, locale: string): string | null {
  if (!startsOn) return null;
  const format = new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "long", timeZone: "UTC" });
  return endsOn && endsOn.getTime() !== startsOn.getTime() ? format.formatRange(startsOn, endsOn) : format.format(startsOn);
}

/** A calendar date stored without a zone (document issue dates). */
export function formatCalendarDate(day: Date, locale: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "long", timeZone: "UTC" }).format(day);
}

/** File sizes for download links ("1.2 MB"), in the reader's number format. */
export function formatFileSize(bytes: bigint | number, locale: string): string {
  const value = Number(bytes);
  const units = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;
  let size = value;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "unit",
    unit: units[unit],
    // Short units read well for kB and MB, but CLDR's short "byte" is singular in English
    // ("512 byte"); the long form says "512 bytes" (and "512 octets" in French).
    unitDisplay: unit === 0 ? "long" : "short",
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(size);
}
