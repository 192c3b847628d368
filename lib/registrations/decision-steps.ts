// The steps the staff decisions share (decisions.ts): locking periods, loading registrations,
// the approval rules, one approval under the lock, the first waitlisted one to promote, and the
// registrant's email. Everything runs inside the caller's transaction.
//
// Capacity invariant: approvals happen only while the transaction holds the period's row lock
// (SELECT … FOR UPDATE), and the counts are read after taking it. In READ COMMITTED every
// statement sees what committed before it, so the second of two concurrent approvals waits for
// the first to commit and then counts its approval. Several periods are locked in id order, so
// two bulk decisions never wait for each other in a cycle. Writes are compare-and-set on the
// registration's version, so a registrant's concurrent edit or withdrawal is never overwritten.
import type { StaffActor } from "@/lib/auth/actor";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translateText } from "@/lib/i18n/translatable";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { EmailParams, EmailTemplate } from "@/lib/mail/templates";
import { capacityRefusal, type CapacityState, periodCounts } from "@/lib/registrations/capacity";
import { statusPageUrl } from "@/lib/registrations/links";
import { registrationSnapshot, staffAuditActor } from "@/lib/registrations/snapshot";

export type Tx = Prisma.TransactionClient;

/** Who decides: a staff member, or the system / registrant (a withdrawal freeing a place). */
export type DecisionActor = StaffActor | AuditActor | null;

/** Long enough for 100 registrations in one bulk decision while other decisions queue on the lock. */
export const DECISION_TRANSACTION = { maxWait: 20_000, timeout: 60_000 } as const;

export interface Refusal {
  id: string;
  /** The organisation's name ("" when the registration does not exist). */
  organisation: string;
  reason: string;
}

export interface Promoted {
  id: string;
  organisation: string;
}

export const CHANGED_MEANWHILE = "Changed meanwhile (by the organisation or another staff member); reload and try again";

export function toAuditActor(actor: DecisionActor): AuditActor {
  if (actor === null) return { kind: "system", label: "registrations" };
  if ("userId" in actor) return staffAuditActor(actor);
  return actor;
}

export function decidedById(actor: DecisionActor): string | null {
  if (actor === null) return null;
  if ("userId" in actor) return actor.userId;
  return actor.kind === "staff" ? actor.id : null;
}

export const decisionSelect = {
  id: true,
  periodId: true,
  organisationName: true,
  organisationType: true,
  countryCode: true,
  ecosocStatus: true,
  status: true,
  nonObjectionStatus: true,
  representativeCount: true,
  waitlistedAt: true,
  decidedAt: true,
  version: true,
  language: true,
  contactEmail: true,
  anonymisedAt: true,
  representatives: { orderBy: { position: "asc" }, select: { name: true } },
  event: { select: { title: true } },
  meeting: { select: { title: true } },
  period: { select: { declineMessage: true, autoPromote: true } },
} satisfies Prisma.RegistrationSelect;

export type DecisionRow = Prisma.RegistrationGetPayload<{ select: typeof decisionSelect }>;

/** Locks the periods' rows, in id order, for the rest of the transaction. */
export async function lockPeriods(tx: Tx, periodIds: Iterable<string>): Promise<void> {
  for (const id of [...new Set(periodIds)].sort()) {
    await tx.$queryRaw`SELECT id FROM registration_periods WHERE id = ${id} FOR UPDATE`;
  }
}

/**
 * Locks the periods of `ids`, then reads the registrations (after the lock, so the rows are
 * current). Returns them in the order of `ids` (duplicates dropped) and refusals for unknown ids.
 */
export async function loadLocked(tx: Tx, ids: readonly string[]): Promise<{ rows: DecisionRow[]; missing: Refusal[] }> {
  const unique = [...new Set(ids)];
  const periods = await tx.registration.findMany({ where: { id: { in: unique } }, select: { periodId: true } });
  await lockPeriods(
    tx,
    periods.map((row) => row.periodId),
  );
  const found = await tx.registration.findMany({ where: { id: { in: unique } }, select: decisionSelect });
  const byId = new Map(found.map((row) => [row.id, row]));
  const rows: DecisionRow[] = [];
  const missing: Refusal[] = [];
  for (const id of unique) {
    const row = byId.get(id);
    if (row) rows.push(row);
    else missing.push({ id, organisation: "", reason: "This registration no longer exists" });
  }
  return { rows, missing };
}

/** Why a registration cannot be approved whatever the capacity, or null. */
export function approvalRefusal(row: Pick<DecisionRow, "status" | "nonObjectionStatus" | "anonymisedAt">): string | null {
  if (row.anonymisedAt) return "Anonymised after the retention period";
  switch (row.status) {
    case "APPROVED":
      return "Already approved";
    case "AWAITING_CONFIRMATION":
      return "The email address is not confirmed yet";
    case "DECLINED":
      return "Declined";
    case "WITHDRAWN":
      return "Withdrawn by the organisation";
    case "SUBMITTED":
    case "WAITLISTED":
      break;
  }
  if (row.nonObjectionStatus === "PENDING") return "Waiting for non-objection";
  if (row.nonObjectionStatus === "OBJECTION") return "A Member State objected: decline it instead";
  return null;
}

function languageOf(row: Pick<DecisionRow, "language">): UnLanguage {
  return row.language.toLowerCase() as UnLanguage;
}

/** The event's title (and the hearing's) in the registrant's language, English when missing. */
export function eventTitleFor(row: Pick<DecisionRow, "event" | "meeting" | "language">): string {
  const language = languageOf(row);
  const event = translateText(row.event.title, language);
  return row.meeting ? `${event} — ${translateText(row.meeting.title, language)}` : event;
}

/** Writes the registrant's email into the outbox, in the caller's transaction. */
export async function notifyRegistrant<T extends "registration.approved" | "registration.waitlisted" | "registration.declined">(
  tx: Tx,
  row: DecisionRow,
  template: T,
  params: Omit<EmailParams[T], "organisationName" | "eventTitle" | "statusUrl">,
  status: string,
): Promise<void> {
  const base = { organisationName: row.organisationName, eventTitle: eventTitleFor(row), statusUrl: statusPageUrl(row.language) };
  await enqueueEmail<EmailTemplate>(tx, {
    to: row.contactEmail,
    template,
    language: languageOf(row),
    params: { ...base, ...params } as EmailParams[T],
    registrationId: row.id,
    data: { status },
  });
}

/** The period's capacity and what is approved, read under its lock. */
export async function capacityState(tx: Tx, periodId: string): Promise<CapacityState> {
  const counts = await periodCounts(tx, periodId);
  return {
    capacityOrganisations: counts.capacityOrganisations,
    capacityPersons: counts.capacityPersons,
    approvedOrganisations: counts.approvedOrganisations,
    approvedPersons: counts.approvedPersons,
  };
}

/**
 * Approves one registration if the rules and `state` allow, updating `state`; returns the
 * refusal reason otherwise. The caller holds the period's lock.
 */
export async function approveOne(tx: Tx, row: DecisionRow, state: CapacityState, actor: DecisionActor, action: "registration.approve" | "registration.promote"): Promise<string | null> {
  const refusal = approvalRefusal(row) ?? capacityRefusal(state, row.representativeCount);
  if (refusal) return refusal;
  const now = new Date();
  const { count } = await tx.registration.updateMany({
    where: { id: row.id, version: row.version, status: { in: ["SUBMITTED", "WAITLISTED"] } },
    data: { status: "APPROVED", decidedAt: now, decidedById: decidedById(actor), version: { increment: 1 } },
  });
  if (count === 0) return CHANGED_MEANWHILE;
  state.approvedOrganisations += 1;
  state.approvedPersons += row.representativeCount;
  await notifyRegistrant(tx, row, "registration.approved", { representatives: row.representatives.map((person) => person.name) }, "APPROVED");
  await recordAudit(tx, {
    actor: toAuditActor(actor),
    action,
    entityType: "Registration",
    entityId: row.id,
    before: registrationSnapshot(row),
    after: registrationSnapshot({ ...row, status: "APPROVED", decidedAt: now, version: row.version + 1 }),
  });
  return null;
}

/**
 * Approves the first waitlisted registration (by waitlistedAt, then id) that is cleared and fits.
 * The caller holds the period's lock. Returns it, or why nobody was promoted.
 */
export async function promoteFirst(tx: Tx, periodId: string, actor: DecisionActor): Promise<{ promoted: Promoted | null; message: string }> {
  const waiting = await tx.registration.findMany({
    where: { periodId, status: "WAITLISTED" },
    orderBy: [{ waitlistedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    select: decisionSelect,
  });
  if (waiting.length === 0) return { promoted: null, message: "The waitlist is empty." };
  const state = await capacityState(tx, periodId);
  let blockedByCapacity: string | null = null;
  for (const row of waiting) {
    if (approvalRefusal(row)) continue;
    const capacity = capacityRefusal(state, row.representativeCount);
    if (capacity) {
      blockedByCapacity ??= capacity;
      continue;
    }
    const refusal = await approveOne(tx, row, state, actor, "registration.promote");
    if (refusal === null) {
      return { promoted: { id: row.id, organisation: row.organisationName }, message: `${row.organisationName} was promoted from the waitlist and approved.` };
    }
  }
  if (blockedByCapacity) return { promoted: null, message: `Nobody was promoted. ${blockedByCapacity}.` };
  return { promoted: null, message: "Nobody was promoted: everyone on the waitlist is still waiting for non-objection (or was objected to)." };
}
