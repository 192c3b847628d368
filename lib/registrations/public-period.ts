// The registration period as the public endpoints need it: its window and rules, and the title of
// what it registers for. A period is open to the public only while its target (the meeting and
// its event, or the event) is published and not cancelled, and opensAt ≤ now < closesAt.
import "server-only";
import type { Db } from "@/lib/database/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translateText } from "@/lib/i18n/translatable";

export const publicPeriodSelect = {
  id: true,
  eventId: true,
  meetingId: true,
  opensAt: true,
  closesAt: true,
  maxRepresentatives: true,
  nonObjectionRequired: true,
  event: { select: { title: true, status: true } },
  meeting: { select: { title: true, status: true } },
} satisfies Prisma.RegistrationPeriodSelect;

export type PublicPeriod = Prisma.RegistrationPeriodGetPayload<{ select: typeof publicPeriodSelect }>;

/** Whether the period's target is public and not cancelled (drafts and cancelled ones take no registrations). */
export function isTargetLive(period: PublicPeriod): boolean {
  return period.event.status === "PUBLISHED" && (period.meeting === null || period.meeting.status === "PUBLISHED");
}

export function isWithinWindow(period: { opensAt: Date; closesAt: Date }, now: Date): boolean {
  return period.opensAt.getTime() <= now.getTime() && now.getTime() < period.closesAt.getTime();
}

/** The title the emails name: the hearing's, else the event's, in `language` (with the usual fallback). */
export function periodTitle(period: { event: { title: unknown }; meeting: { title: unknown } | null }, language: UnLanguage): string {
  return translateText(period.meeting?.title ?? period.event.title, language);
}

export function findPublicPeriod(db: Pick<Db, "registrationPeriod">, periodId: string): Promise<PublicPeriod | null> {
  return db.registrationPeriod.findUnique({ where: { id: periodId }, select: publicPeriodSelect });
}
