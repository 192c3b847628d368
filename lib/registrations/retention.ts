// Privacy (issue 5, point 9): registrants' personal data is kept only for a retention period
// after the event (REGISTRATION_RETENTION_DAYS after the later of the event's or hearing's end and
// the registration's closing time), then removed by a scheduled job while the counts stay.
//
// Removed: contact name, function, email, telephone; the representatives; staff notes; the
// recipient and bodies of the emails sent about the registration; the live email key; the
// confirmation token and the status-page token (old links stop working).
// Kept: organisation name, type, country, ECOSOC status, status, representativeCount and dates,
// so approved organisations and representatives can still be counted.
//
// Also here: unconfirmed registrations whose confirmation link expired are deleted (they never
// held a place), which frees their organisation and email keys.
// No "server-only" marker: the background loop and integration tests call it with their client.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { env } from "@/lib/env";
import { periodCounts } from "@/lib/registrations/capacity";

export const REMOVED_BODY = "[removed after the retention period]";
const DAY_MS = 86_400_000;
const SYSTEM = { kind: "system", label: "retention" } as const;

export interface AnonymisedPeriod {
  periodId: string;
  registrations: number;
  representativesRemoved: number;
  notesRemoved: number;
  messagesScrubbed: number;
}

/** When a period's personal data is due for removal. */
export function retentionDueAt(
  period: { closesAt: Date; event: { endsOn: Date | null }; meeting: { endsAt: Date | null } | null },
  retentionDays: number,
): Date {
  const ends = [period.closesAt.getTime()];
  // endsOn is the event's last day: it ends at the next midnight (a day later, to be safe in any zone).
  if (period.event.endsOn) ends.push(period.event.endsOn.getTime() + DAY_MS);
  if (period.meeting?.endsAt) ends.push(period.meeting.endsAt.getTime());
  return new Date(Math.max(...ends) + retentionDays * DAY_MS);
}

/** Scrubs the emails of these registrations; unsent ones will not be sent any more. */
async function scrubMessages(tx: Pick<Db, "outboxMessage">, registrationIds: string[]): Promise<number> {
  if (registrationIds.length === 0) return 0;
  await tx.outboxMessage.updateMany({
    where: { registrationId: { in: registrationIds }, status: { in: ["PENDING", "HELD"] } },
    data: { status: "FAILED", lastError: "Not sent: removed after the retention period" },
  });
  const { count } = await tx.outboxMessage.updateMany({
    where: { registrationId: { in: registrationIds }, NOT: { recipient: "", textBody: REMOVED_BODY, htmlBody: REMOVED_BODY } },
    data: { recipient: "", textBody: REMOVED_BODY, htmlBody: REMOVED_BODY },
  });
  return count;
}

/** Anonymises every period whose retention has passed at `now`; already anonymised ones are left alone. */
export async function anonymiseExpiredRegistrations(
  db: Db,
  now: Date = new Date(),
  { retentionDays = env().REGISTRATION_RETENTION_DAYS }: { retentionDays?: number } = {},
): Promise<AnonymisedPeriod[]> {
  const candidates = await db.registrationPeriod.findMany({
    // A period can only be due once it has closed for the retention period (closesAt is one of the ends).
    where: { anonymisedAt: null, closesAt: { lte: new Date(now.getTime() - retentionDays * DAY_MS) } },
    select: { id: true, closesAt: true, event: { select: { endsOn: true } }, meeting: { select: { endsAt: true } } },
    orderBy: { id: "asc" },
  });
  const done: AnonymisedPeriod[] = [];
  for (const period of candidates) {
    if (retentionDueAt(period, retentionDays) > now) continue;
    const result = await db.$transaction(async (tx) => {
      // The period's lock keeps decisions out while its registrations are emptied.
      await tx.$queryRaw`SELECT id FROM registration_periods WHERE id = ${period.id} FOR UPDATE`;
      const current = await tx.registrationPeriod.findUnique({ where: { id: period.id }, select: { anonymisedAt: true } });
      if (!current || current.anonymisedAt) return null;
      const registrationIds = (await tx.registration.findMany({ where: { periodId: period.id }, select: { id: true } })).map((row) => row.id);
      const representatives = await tx.registrationRepresentative.deleteMany({ where: { registration: { periodId: period.id } } });
      const notes = await tx.registrationNote.deleteMany({ where: { registration: { periodId: period.id } } });
      const messagesScrubbed = await scrubMessages(tx, registrationIds);
      await tx.registration.updateMany({
        where: { periodId: period.id },
        data: {
          contactName: "",
          contactFunction: null,
          contactEmail: "",
          contactPhone: null,
          liveContactEmail: null,
          // Staff write the reason free-hand, and it may name people.
          decisionReason: null,
          confirmTokenHash: null,
          confirmTokenExpiresAt: null,
          anonymisedAt: now,
        },
      });
      // A fresh random value per row: the unique status-page token hash of each must stay unique.
      await tx.$executeRaw`UPDATE registrations SET access_token_hash = md5(random()::text || id) || md5(id || random()::text) WHERE period_id = ${period.id}`;
      await tx.registrationPeriod.update({ where: { id: period.id }, data: { anonymisedAt: now }, select: { id: true } });
      const counts = await periodCounts(tx, period.id);
      const summary: AnonymisedPeriod = {
        periodId: period.id,
        registrations: registrationIds.length,
        representativesRemoved: representatives.count,
        notesRemoved: notes.count,
        messagesScrubbed,
      };
      await recordAudit(tx, {
        actor: SYSTEM,
        action: "registration-period.anonymised",
        entityType: "RegistrationPeriod",
        entityId: period.id,
        after: {
          registrations: summary.registrations,
          representativesRemoved: summary.representativesRemoved,
          notesRemoved: summary.notesRemoved,
          messagesScrubbed,
          approvedOrganisations: counts.approvedOrganisations,
          approvedPersons: counts.approvedPersons,
          retentionDays,
        },
      });
      return summary;
    });
    if (result) done.push(result);
  }
  return done;
}

/**
 * Deletes registrations never confirmed whose confirmation link expired before `now` (with their
 * representatives; their emails stay in the Mail log, scrubbed and detached). Returns how many.
 */
export async function purgeUnconfirmed(db: Db, now: Date = new Date()): Promise<{ deleted: number }> {
  return db.$transaction(async (tx) => {
    const expired = { status: "AWAITING_CONFIRMATION" as const, confirmTokenExpiresAt: { lt: now } };
    const ids = (await tx.registration.findMany({ where: expired, select: { id: true } })).map((row) => row.id);
    if (ids.length === 0) return { deleted: 0 };
    await scrubMessages(tx, ids);
    const { count } = await tx.registration.deleteMany({ where: { id: { in: ids }, ...expired } });
    await recordAudit(tx, { actor: SYSTEM, action: "registration.purge-unconfirmed", entityType: "Registration", after: { deleted: count } });
    return { deleted: count };
  });
}

/** One tick of the retention job: purge expired unconfirmed registrations, anonymise due periods. */
export async function runRetention(db: Db, now: Date = new Date()): Promise<{ purged: number; anonymised: AnonymisedPeriod[] }> {
  const { deleted } = await purgeUnconfirmed(db, now);
  const anonymised = await anonymiseExpiredRegistrations(db, now);
  return { purged: deleted, anonymised };
}
