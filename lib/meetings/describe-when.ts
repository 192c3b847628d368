// How the staff meetings list shows a meeting's dates: at the venue, in one compact English line.
// Client-safe (Intl only).

/** For staff lists: "—" (undated), "7 Jun 2013", "14 Sept 2006 – 15 Sept 2006", "3 Oct 2013, 10:00–13:00", at the venue. */
export function describeWhen(startsAt: Date | null, endsAt: Date | null, allDay: boolean, timeZone: string): string {
  if (!startsAt) return "—";
  const day = (instant: Date) =>
    new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short", year: "numeric" }).format(instant);
  const time = (instant: Date) => new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
  if (allDay) {
    if (!endsAt) return day(startsAt);
    // The stored end is the next local midnight; the last day is the one just before it.
    const lastDay = new Date(endsAt.getTime() - 1);
    return day(startsAt) === day(lastDay) ? day(startsAt) : `${day(startsAt)} – ${day(lastDay)}`;
  }
  if (!endsAt) return `${day(startsAt)}, ${time(startsAt)}`;
  return day(startsAt) === day(endsAt)
    ? `${day(startsAt)}, ${time(startsAt)}–${time(endsAt)}`
    : `${day(startsAt)}, ${time(startsAt)} – ${day(endsAt)}, ${time(endsAt)}`;
}
