// The meeting's days and times as the agenda editor checks item times against them. Everything is
// a wall-clock value at the venue ("YYYY-MM-DDTHH:mm"), so values in one zone compare as strings.
// Client-safe: the page computes the bounds on the server and hands them to the form's schema.
import { addDays, instantToZoned } from "@/lib/time/zoned";

export interface AgendaBounds {
  /** First local midnight of the meeting's days (inclusive). */
  dayStart: string;
  /** Local midnight after the meeting's last day (exclusive). */
  dayEnd: string;
  /** The meeting's own start and end when it is timed (not all-day), for warnings only. */
  startsAt: string | null;
  endsAt: string | null;
  /** The days as people read them, e.g. "3 October 2013" or "3–4 October 2013". */
  label: string;
}

export interface MeetingTimes {
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
}

function dayLabel(firstDay: string, lastDay: string): string {
  const format = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
  const first = new Date(`${firstDay}T00:00:00Z`);
  const last = new Date(`${lastDay}T00:00:00Z`);
  return firstDay === lastDay ? format.format(first) : format.formatRange(first, last);
}

/** The bounds of a dated meeting, or null when the meeting has no date (times go unchecked). */
export function agendaBounds(meeting: MeetingTimes): AgendaBounds | null {
  if (!meeting.startsAt) return null;
  const start = instantToZoned(meeting.startsAt, meeting.timeZone);
  const end = meeting.endsAt ? instantToZoned(meeting.endsAt, meeting.timeZone) : null;
  const firstDay = start.slice(0, 10);
  // An all-day end is the exclusive midnight after the last day; a timed end lies on its day.
  // A timed meeting ending exactly at midnight ends on the day before.
  let lastDay = firstDay;
  if (end) lastDay = meeting.allDay || end.endsWith("T00:00") ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
  if (lastDay < firstDay) lastDay = firstDay;
  return {
    dayStart: `${firstDay}T00:00`,
    dayEnd: `${addDays(lastDay, 1)}T00:00`,
    startsAt: meeting.allDay ? null : start,
    endsAt: meeting.allDay ? null : end,
    label: dayLabel(firstDay, lastDay),
  };
}
