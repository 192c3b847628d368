// Public addresses of the calendars (.ics) and the Atom feed, shared by the route handlers, the
// subscribe links and the tests so that they cannot drift apart.
import type { UnLanguage } from "@/lib/i18n/languages";

/** What a calendar holds: one meeting, one event (its days and its meetings), or every meeting. */
export type CalendarScope = { kind: "meeting"; slug: string } | { kind: "event"; slug: string } | { kind: "all" };

/** Site-relative path of a calendar, e.g. "/api/calendar/en/meetings/hld-2013-plenary.ics". */
export function calendarPath(locale: UnLanguage, scope: CalendarScope): string {
  const base = `/api/calendar/${locale}`;
  if (scope.kind === "all") return `${base}/all.ics`;
  return `${base}/${scope.kind === "meeting" ? "meetings" : "events"}/${encodeURIComponent(scope.slug)}.ics`;
}

/** The file name offered on download: "hld-<slug>-<locale>.ics" (slugs are [a-z0-9-]). */
export function calendarFileName(locale: UnLanguage, scope: CalendarScope): string {
  return scope.kind === "all" ? `hld-meetings-${locale}.ics` : `${scope.slug}-${locale}.ics`;
}

/**
 * The webcal: address calendar programs subscribe to (they poll it). webcal: carries no TLS flag;
 * clients fetch it over https when the site answers there, which is the common convention.
 */
export function webcalUrl(absoluteUrl: string): string {
  return absoluteUrl.replace(/^https?:\/\//u, "webcal://");
}

/** Site-relative path of the Atom feed of newly published meetings and documents. */
export function atomFeedPath(locale: UnLanguage): string {
  return `/api/feeds/${locale}/atom.xml`;
}

/** Reads "<slug>.ics" from a route segment; null when it is not a well-formed slug with that suffix. */
export function slugFromIcsSegment(segment: string): string | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$/u.exec(segment);
  return match?.[1] ?? null;
}
