// Calendar arithmetic for all-day meetings: a day in a venue's time zone is stored as the two
// instants bounding it (local midnight to the next local midnight), so a day is correct whatever
// the offset (EDT vs EST) and whatever the server's own zone.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Offset of `timeZone` from UTC at `instant`, in minutes (e.g. -240 for EDT). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(field("year"), field("month") - 1, field("day"), field("hour"), field("minute"), field("second"));
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/** The instant of local midnight starting `day` ("YYYY-MM-DD") in `timeZone`. */
export function localMidnight(day: string, timeZone: string): Date {
  const match = DAY.exec(day);
  if (match === null) throw new RangeError(`Not a calendar day: "${day}"`);
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Two passes: the offset at UTC midnight can differ from the offset at local midnight when a
  // DST change falls between them.
  let instant = utcMidnight - offsetMinutes(new Date(utcMidnight), timeZone) * 60_000;
  instant = utcMidnight - offsetMinutes(new Date(instant), timeZone) * 60_000;
  return new Date(instant);
}

/** The calendar day after `day`, both "YYYY-MM-DD". */
export function nextDay(day: string): string {
  const start = new Date(`${day}T00:00:00Z`);
  return new Date(start.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** Start (inclusive) and end (exclusive) instants of an all-day meeting on `day` in `timeZone`. */
export function allDayBounds(day: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: localMidnight(day, timeZone), endsAt: localMidnight(nextDay(day), timeZone) };
}

/** A calendar day as the Date Prisma writes to a `@db.Date` column (UTC midnight of that day). */
export function calendarDay(day: string): Date {
  if (!DAY.test(day)) throw new RangeError(`Not a calendar day: "${day}"`);
  return new Date(`${day}T00:00:00Z`);
}
