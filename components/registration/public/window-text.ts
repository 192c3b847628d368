// Registration window dates, in the venue's time zone (the hearing's; UN Headquarters' for an event).
import { dateLocale, timeZoneLabel } from "@/components/meetings/format";

export function formatWindowInstant(at: Date, timeZone: string, locale: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "long", timeStyle: "short", timeZone }).format(at);
}

/** The three values the window messages interpolate: opens, closes and the zone's name. */
export function windowValues(window: { opensAt: Date; closesAt: Date; timeZone: string }, locale: string) {
  return {
    opens: formatWindowInstant(window.opensAt, window.timeZone, locale),
    closes: formatWindowInstant(window.closesAt, window.timeZone, locale),
    timeZone: timeZoneLabel(window.closesAt, window.timeZone, locale),
  };
}
