// Wall-clock values at a venue <-> instants. Staff type dates and times as they are at the venue
// ("2013-10-03T10:00" in New York) and the seed gives days; the database stores instants. An
// all-day meeting is stored as the local midnights bounding its days (end exclusive), so a day is
// right whatever the offset (EDT vs EST) and whatever the server's own zone. UTC offsets come
// from @date-fns/tz (`tzOffset`, Intl's IANA data); what is left here is plain UTC arithmetic.
// Client-safe: used by the staff form's schema as well as by the server and the seed.
import { tzOffset } from "@date-fns/tz";

export const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The numeric fields of "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" (time 00:00 for a day), or null. */
function localFields(value: string): [number, number, number, number, number] | null {
  const match = LOCAL_DATE_TIME.exec(value) ?? LOCAL_DAY.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => Number(part ?? 0));
  return [year ?? 0, month ?? 0, day ?? 0, hour ?? 0, minute ?? 0];
}

/** Whether "YYYY-MM-DD" or "YYYY-MM-DDTHH:mm" names a real calendar day (and time). */
export function isRealLocalValue(value: string): boolean {
  const fields = localFields(value);
  if (!fields) return false;
  const [year, month, day, hour, minute] = fields;
  // Date.UTC rolls over out-of-range fields (30 February → 2 March), so a value is real exactly
  // when it survives the round trip. Years below 100 fail too (Date.UTC reads 0099 as 1999).
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute
  );
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds; RangeError for an unknown zone. */
function offsetAt(instant: number, timeZone: string): number {
  const minutes = tzOffset(timeZone, new Date(instant));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: "${timeZone}"`);
  return minutes * 60_000;
}

/**
 * The instant at which clocks in `timeZone` show `local` ("YYYY-MM-DD" means its midnight).
 * Around a DST change (the same rules as Temporal's "compatible" disambiguation):
 * - a time skipped by spring-forward (02:30 in New York on 10 March 2013) is read with the offset
 *   in force before the gap, which lands just after it (07:30Z, 03:30 EDT);
 * - a time that happens twice at fall-back (01:30 on 3 November 2013) is the first of the two.
 * TZDate's wall-clock constructor is not used: it resolves the repeated hour differently
 * depending on the server's own time zone (date-fns/tz issue #40).
 */
export function zonedToInstant(local: string, timeZone: string): Date {
  const fields = localFields(local);
  if (!fields || !isRealLocalValue(local)) throw new RangeError(`Not a local date or time: "${local}"`);
  const [year, month, day, hour, minute] = fields;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets a day either side bracket any single change; a candidate is right when the zone
  // really has that offset at the candidate instant.
  const offsetBefore = offsetAt(wallClock - 86_400_000, timeZone);
  const offsetAfter = offsetAt(wallClock + 86_400_000, timeZone);
  const candidates = [wallClock - offsetBefore, wallClock - offsetAfter].filter(
    (instant) => wallClock - offsetAt(instant, timeZone) === instant,
  );
  return new Date(candidates.length > 0 ? Math.min(...candidates) : wallClock - offsetBefore);
}

/** What clocks in `timeZone` show at `instant`, as "YYYY-MM-DDTHH:mm". */
export function instantToZoned(instant: Date, timeZone: string): string {
  const wallClock = instant.getTime() + offsetAt(instant.getTime(), timeZone);
  return new Date(wallClock).toISOString().slice(0, 16);
}

/** The calendar day `days` after (or before, when negative) `day`, both "YYYY-MM-DD". */
export function addDays(day: string, days: number): string {
  // Calendar days have no zone: UTC days are all 24 hours long.
  const start = Date.parse(`${day}T00:00:00Z`);
  return new Date(start + days * 86_400_000).toISOString().slice(0, 10);
}

/** Start (inclusive) and end (exclusive) instants of an all-day meeting on `day` in `timeZone`. */
export function allDayBounds(day: string, timeZone: string): { startsAt: Date; endsAt: Date } {
  if (!LOCAL_DAY.test(day)) throw new RangeError(`Not a calendar day: "${day}"`);
  return { startsAt: zonedToInstant(day, timeZone), endsAt: zonedToInstant(addDays(day, 1), timeZone) };
}

/** A calendar day as the Date Prisma writes to a `@db.Date` column (UTC midnight of that day). */
export function calendarDay(day: string): Date {
  if (!LOCAL_DAY.test(day) || !isRealLocalValue(day)) throw new RangeError(`Not a calendar day: "${day}"`);
  return new Date(`${day}T00:00:00Z`);
}
