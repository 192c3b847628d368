// Wall-clock times in a meeting's time zone <-> instants. Staff type dates and times as they are
// at the venue ("2013-10-03T10:00" in New York); the database stores instants. All-day meetings
// are stored as the local midnights bounding their days (end exclusive), as the seed does.
// Client-safe and dependency-free (Intl only).

export const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function partsIn(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: field("year"), month: field("month"), day: field("day"), hour: field("hour"), minute: field("minute"), second: field("second") };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const p = partsIn(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** Whether "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" names a real calendar day (and time). */
export function isRealLocalValue(value: string): boolean {
  const match = LOCAL_DATE_TIME.exec(value) ?? LOCAL_DAY.exec(value);
  if (!match) return false;
  const [year, month, day, hour = "0", minute = "0"] = match.slice(1).map(String) as [string, string, string, string?, string?];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute)));
  return (
    date.getUTCFullYear() === Number(year) &&
    date.getUTCMonth() === Number(month) - 1 &&
    date.getUTCDate() === Number(day) &&
    date.getUTCHours() === Number(hour) &&
    date.getUTCMinutes() === Number(minute)
  );
}

/**
 * The instant at which clocks in `timeZone` show `local` ("YYYY-MM-DD" means its midnight).
 * A time skipped by a DST change resolves to the instant just after the gap.
 */
export function zonedToInstant(local: string, timeZone: string): Date {
  const match = LOCAL_DATE_TIME.exec(local) ?? LOCAL_DAY.exec(local);
  if (!match || !isRealLocalValue(local)) throw new RangeError(`Not a local date or time: "${local}"`);
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0));
  const wallClock = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0);
  // Two passes: the offset at the naive guess can differ from the offset at the answer when a
  // DST change falls between them.
  let instant = wallClock - offsetAt(wallClock, timeZone);
  instant = wallClock - offsetAt(instant, timeZone);
  return new Date(instant);
}

/** What clocks in `timeZone` show at `instant`, as "YYYY-MM-DDTHH:mm". */
export function instantToZoned(instant: Date, timeZone: string): string {
  const p = partsIn(instant.getTime(), timeZone);
  const pad = (value: number, length = 2) => String(value).padStart(length, "0");
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The calendar day after `day`, both "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  const start = Date.parse(`${day}T00:00:00Z`);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/** For staff lists: "—" (undated), "7 Jun 2013", "14 Sept 2006 – 15 Sept 2006", "3 Oct 2013, 10:00–13:00", at the venue. */
export function describeWhen(startsAt: Date | null, endsAt: Date | null, allDay: boolean, timeZone: string): string {
  if (!startsAt) return "—";
  const day = (instant: Date) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(instant);
  const time = (instant: Date) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  if (allDay) {
    if (!endsAt) return day(startsAt);
    const lastDay = new Date(endsAt.getTime() - 1);
    return day(startsAt) === day(lastDay) ? day(startsAt) : `${day(startsAt)} – ${day(lastDay)}`;
  }
  if (!endsAt) return `${day(startsAt)}, ${time(startsAt)}`;
  return day(startsAt) === day(endsAt)
    ? `${day(startsAt)}, ${time(startsAt)}–${time(endsAt)}`
    : `${day(startsAt)}, ${time(startsAt)} – ${day(endsAt)}, ${time(endsAt)}`;
}
