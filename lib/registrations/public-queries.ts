// Public reads of registration periods, for the register pages and the call-outs on the public
// meeting and event pages. Only a published, not cancelled target has a registration to show:
// drafts and cancelled ones return null, whatever their period says.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translate, translateText } from "@/lib/i18n/translatable";
import { EVENT_TIME_ZONE } from "@/lib/registrations/periods";
import { findRegistrationByAccessToken, type RegistrantView } from "@/lib/registrations/registrant";

export type RegistrationTargetRef = { meetingSlug: string } | { eventSlug: string };
export type RegistrationWindowState = "upcoming" | "open" | "closed";

export interface RegistrationCallout {
  periodId: string;
  state: RegistrationWindowState;
  opensAt: Date;
  closesAt: Date;
  /** The venue's IANA time zone (the meeting's; UN Headquarters' for an event). */
  timeZone: string;
  /** The register page, in `locale`. */
  registerHref: string;
}

export interface RegistrationPage extends RegistrationCallout {
  /** The hearing's (or event's) title in `locale`, with the usual fallback. */
  title: string;
  /** The event's title, also for a hearing. */
  eventTitle: string;
  maxRepresentatives: number;
  nonObjectionRequired: boolean;
  /** The privacy notice in `locale`, or the fallback language it is written in (`lang`). */
  privacyNotice: { text: string; lang?: string };
}

const periodSelect = {
  id: true,
  opensAt: true,
  closesAt: true,
  maxRepresentatives: true,
  nonObjectionRequired: true,
  privacyNotice: true,
} satisfies Prisma.RegistrationPeriodSelect;

type PeriodRow = Prisma.RegistrationPeriodGetPayload<{ select: typeof periodSelect }>;

export function windowState(period: { opensAt: Date; closesAt: Date }, now: Date = new Date()): RegistrationWindowState {
  if (now.getTime() < period.opensAt.getTime()) return "upcoming";
  return now.getTime() < period.closesAt.getTime() ? "open" : "closed";
}

interface Found {
  period: PeriodRow;
  title: unknown;
  eventTitle: unknown;
  timeZone: string;
  path: string;
}

const findTarget = cache(async (kind: "meeting" | "event", slug: string): Promise<Found | null> => {
  if (kind === "meeting") {
    const meeting = await db.meeting.findFirst({
      where: { slug, status: "PUBLISHED", event: { status: "PUBLISHED" } },
      select: { id: true, title: true, timeZone: true, event: { select: { title: true } } },
    });
    if (!meeting) return null;
    const period = await db.registrationPeriod.findUnique({ where: { scopeKey: `meeting:${meeting.id}` }, select: periodSelect });
    return period ? { period, title: meeting.title, eventTitle: meeting.event.title, timeZone: meeting.timeZone, path: `meetings/${slug}` } : null;
  }
  const event = await db.event.findFirst({ where: { slug, status: "PUBLISHED" }, select: { id: true, title: true } });
  if (!event) return null;
  const period = await db.registrationPeriod.findUnique({ where: { scopeKey: `event:${event.id}` }, select: periodSelect });
  return period ? { period, title: event.title, eventTitle: event.title, timeZone: EVENT_TIME_ZONE, path: `events/${slug}` } : null;
});

function lookup(target: RegistrationTargetRef): Promise<Found | null> {
  return "meetingSlug" in target ? findTarget("meeting", target.meetingSlug) : findTarget("event", target.eventSlug);
}

function callout(found: Found, locale: UnLanguage, now: Date): RegistrationCallout {
  return {
    periodId: found.period.id,
    state: windowState(found.period, now),
    opensAt: found.period.opensAt,
    closesAt: found.period.closesAt,
    timeZone: found.timeZone,
    registerHref: `/${locale}/${found.path}/register`,
  };
}

/** The register page of a published hearing or event; null when it has no registration or is not public. */
export async function getRegistrationPage(target: RegistrationTargetRef, locale: UnLanguage, now: Date = new Date()): Promise<RegistrationPage | null> {
  const found = await lookup(target);
  if (!found) return null;
  const notice = translate(found.period.privacyNotice, locale);
  return {
    ...callout(found, locale, now),
    title: translateText(found.title, locale),
    eventTitle: translateText(found.eventTitle, locale),
    maxRepresentatives: found.period.maxRepresentatives,
    nonObjectionRequired: found.period.nonObjectionRequired,
    privacyNotice: notice ? { text: notice.text, ...(notice.isFallback ? { lang: notice.lang } : {}) } : { text: "" },
  };
}

/**
 * The registration call-out of a public meeting or event page. Those pages are cached (ISR), so
 * `state` is as of rendering: the call-out should say the window's times, not only the state.
 */
export async function getRegistrationCallout(target: RegistrationTargetRef, locale: UnLanguage, now: Date = new Date()): Promise<RegistrationCallout | null> {
  const found = await lookup(target);
  return found ? callout(found, locale, now) : null;
}

/** The registration a status-page token opens, or null for any token that opens none. */
export const getRegistrantView = cache(async (token: string, locale: UnLanguage): Promise<RegistrantView | null> => findRegistrationByAccessToken(db, token, locale));
