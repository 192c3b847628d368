// Staff decisions on registrations (issue 5, point 6): approve, waitlist, decline, record the
// non-objection outcome, add notes, promote from the waitlist, and free a place. Each call is one
// transaction holding the periods' locks (decision-steps.ts explains why capacity is then never
// exceeded); every status change writes its audit row and the registrant's email (outbox) in that
// same transaction, so a change and its email commit together or not at all.
// No "server-only" marker: integration tests drive these cores against a real database.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { UnLanguage } from "@/lib/i18n/languages";
import { translateText } from "@/lib/i18n/translatable";
import {
  addRegistrationNoteSchema,
  approveRegistrationsSchema,
  declineRegistrationsSchema,
  promoteNextSchema,
  recordNonObjectionSchema,
  waitlistRegistrationsSchema,
} from "@/lib/registrations/schemas";
import {
  approveOne,
  capacityState,
  CHANGED_MEANWHILE,
  DECISION_TRANSACTION,
  type DecisionActor,
  type DecisionRow,
  loadLocked,
  lockPeriods,
  notifyRegistrant,
  promoteFirst,
  type Promoted,
  type Refusal,
  type Tx,
} from "@/lib/registrations/decision-steps";
import { registrationSnapshot, staffAuditActor } from "@/lib/registrations/snapshot";
import type { CapacityState } from "@/lib/registrations/capacity";
import { parseInput } from "@/lib/validation/parse";

export type { DecisionActor, Promoted, Refusal } from "@/lib/registrations/decision-steps";

export interface ApproveResult {
  approved: string[];
  refused: Refusal[];
}

export interface WaitlistResult {
  waitlisted: string[];
  refused: Refusal[];
  /** Registrations approved from the waitlist because an approved one was moved back. */
  promoted: Promoted[];
}

export interface DeclineResult {
  declined: string[];
  refused: Refusal[];
  promoted: Promoted[];
}

const LIVE_CONFIRMED = ["SUBMITTED", "APPROVED", "WAITLISTED"] as const;

function statusRefusal(row: DecisionRow, allowed: readonly string[], already: string): string | null {
  if (row.anonymisedAt) return "Anonymised after the retention period";
  if (allowed.includes(row.status)) return null;
  switch (row.status) {
    case "AWAITING_CONFIRMATION":
      return "The email address is not confirmed yet";
    case "DECLINED":
      return row.status === already ? "Already declined" : "Declined";
    case "WITHDRAWN":
      return "Withdrawn by the organisation";
    case "WAITLISTED":
      return "Already on the waitlist";
    default:
      return `Not possible while ${row.status.toLowerCase()}`;
  }
}

/**
 * Approves in the given order while the period's capacities allow; the rest are refused with the
 * reason. Ids may belong to several periods.
 */
export async function approveRegistrations(db: Db, actor: StaffActor | null, input: unknown): Promise<ApproveResult> {
  const staff = authorise(actor, "registrations:decide");
  const { ids } = parseInput(approveRegistrationsSchema, input);

  return db.$transaction(async (tx) => {
    const { rows, missing } = await loadLocked(tx, ids);
    const states = new Map<string, CapacityState>();
    const approved: string[] = [];
    const refused: Refusal[] = [...missing];
    for (const row of rows) {
      let state = states.get(row.periodId);
      if (!state) {
        state = await capacityState(tx, row.periodId);
        states.set(row.periodId, state);
      }
      const refusal = await approveOne(tx, row, state, staff, "registration.approve");
      if (refusal === null) approved.push(row.id);
      else refused.push({ id: row.id, organisation: row.organisationName, reason: refusal });
    }
    if (approved.length > 0) await bumpPublicRevision(tx);
    return { approved, refused };
  }, DECISION_TRANSACTION);
}

/**
 * Frees a place in a period: when the period promotes automatically, the first waitlisted
 * registration that is cleared and fits is approved, inside the caller's transaction. Called by a
 * registrant's withdrawal and by staff moving an approved registration out. Locks the period
 * (callers that change registrations first should lock it before, with the same call order:
 * period, then registrations). Returns what was promoted.
 */
export async function releasePlace(tx: Tx, { periodId, actor }: { periodId: string; actor: DecisionActor }): Promise<{ promoted: Promoted | null }> {
  await lockPeriods(tx, [periodId]);
  const period = await tx.registrationPeriod.findUnique({ where: { id: periodId }, select: { autoPromote: true } });
  if (!period?.autoPromote) return { promoted: null };
  // A registrant's withdrawal promotes someone by the period's rule, not by their choice: the
  // audit names the system; a staff member's decision that freed the place keeps their name.
  const promoter = actor === null || ("kind" in actor && actor.kind !== "staff") ? ({ kind: "system", label: "auto-promote" } as const) : actor;
  const { promoted } = await promoteFirst(tx, periodId, promoter);
  if (promoted) await bumpPublicRevision(tx);
  return { promoted };
}

/** Frees the places of registrations that were approved, period by period, after the changes. */
async function releaseAll(tx: Tx, freed: readonly string[], actor: DecisionActor): Promise<Promoted[]> {
  const promoted: Promoted[] = [];
  for (const periodId of freed) {
    const result = await releasePlace(tx, { periodId, actor });
    if (result.promoted) promoted.push(result.promoted);
  }
  return promoted;
}

/** SUBMITTED (or APPROVED, which frees its place) → WAITLISTED, in the order given. */
export async function waitlistRegistrations(db: Db, actor: StaffActor | null, input: unknown): Promise<WaitlistResult> {
  const staff = authorise(actor, "registrations:decide");
  const { ids } = parseInput(waitlistRegistrationsSchema, input);

  return db.$transaction(async (tx) => {
    const { rows, missing } = await loadLocked(tx, ids);
    const waitlisted: string[] = [];
    const refused: Refusal[] = [...missing];
    const freed: string[] = [];
    const start = Date.now();
    for (const [index, row] of rows.entries()) {
      const refusal = statusRefusal(row, ["SUBMITTED", "APPROVED"], "WAITLISTED");
      if (refusal) {
        refused.push({ id: row.id, organisation: row.organisationName, reason: refusal });
        continue;
      }
      // One millisecond apart, so a bulk waitlisting keeps the order of the selection.
      const waitlistedAt = new Date(start + index);
      const decidedAt = new Date(start);
      const { count } = await tx.registration.updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: { status: "WAITLISTED", waitlistedAt, decidedAt, decidedById: staff.userId, version: { increment: 1 } },
      });
      if (count === 0) {
        refused.push({ id: row.id, organisation: row.organisationName, reason: CHANGED_MEANWHILE });
        continue;
      }
      await notifyRegistrant(tx, row, "registration.waitlisted", {}, "WAITLISTED");
      await recordAudit(tx, {
        actor: staffAuditActor(staff),
        action: "registration.waitlist",
        entityType: "Registration",
        entityId: row.id,
        before: registrationSnapshot(row),
        after: registrationSnapshot({ ...row, status: "WAITLISTED", waitlistedAt, decidedAt, version: row.version + 1 }),
      });
      waitlisted.push(row.id);
      if (row.status === "APPROVED") freed.push(row.periodId);
    }
    if (freed.length > 0) await bumpPublicRevision(tx);
    return { waitlisted, refused, promoted: await releaseAll(tx, freed, staff) };
  }, DECISION_TRANSACTION);
}

/**
 * Any live confirmed registration → DECLINED, with the period's decline message (in the
 * registrant's language) and the reason in the email. The live keys are cleared, so the
 * organisation and the email address may register again. A declined approval frees its place.
 */
export async function declineRegistrations(db: Db, actor: StaffActor | null, input: unknown): Promise<DeclineResult> {
  const staff = authorise(actor, "registrations:decide");
  const { ids, reason } = parseInput(declineRegistrationsSchema, input);

  return db.$transaction(async (tx) => {
    const { rows, missing } = await loadLocked(tx, ids);
    const declined: string[] = [];
    const refused: Refusal[] = [...missing];
    const freed: string[] = [];
    const now = new Date();
    for (const row of rows) {
      const refusal = statusRefusal(row, LIVE_CONFIRMED, "DECLINED");
      if (refusal) {
        refused.push({ id: row.id, organisation: row.organisationName, reason: refusal });
        continue;
      }
      const { count } = await tx.registration.updateMany({
        where: { id: row.id, version: row.version, status: row.status },
        data: {
          status: "DECLINED",
          liveOrganisationKey: null,
          liveContactEmail: null,
          decisionReason: reason ?? null,
          decidedAt: now,
          decidedById: staff.userId,
          version: { increment: 1 },
        },
      });
      if (count === 0) {
        refused.push({ id: row.id, organisation: row.organisationName, reason: CHANGED_MEANWHILE });
        continue;
      }
      const message = translateText(row.period.declineMessage, row.language.toLowerCase() as UnLanguage);
      await notifyRegistrant(tx, row, "registration.declined", reason ? { message, reason } : { message }, "DECLINED");
      await recordAudit(tx, {
        actor: staffAuditActor(staff),
        action: "registration.decline",
        entityType: "Registration",
        entityId: row.id,
        before: registrationSnapshot(row),
        after: { ...registrationSnapshot({ ...row, status: "DECLINED", decidedAt: now, version: row.version + 1 }), reasonGiven: reason !== undefined },
      });
      declined.push(row.id);
      if (row.status === "APPROVED") freed.push(row.periodId);
    }
    if (freed.length > 0) await bumpPublicRevision(tx);
    return { declined, refused, promoted: await releaseAll(tx, freed, staff) };
  }, DECISION_TRANSACTION);
}

export interface NonObjectionResult {
  id: string;
  outcome: "NO_OBJECTION" | "OBJECTION";
  message: string;
}

/** Records the Member States' decision on a registration waiting for it (PENDING only). */
export async function recordNonObjection(db: Db, actor: StaffActor | null, input: unknown): Promise<NonObjectionResult> {
  const staff = authorise(actor, "registrations:decide");
  const { id, outcome } = parseInput(recordNonObjectionSchema, input);

  return db.$transaction(async (tx) => {
    const { rows } = await loadLocked(tx, [id]);
    const current = rows[0];
    if (!current) throw new NotFoundError("This registration no longer exists.");
    if (current.nonObjectionStatus === "NOT_REQUIRED") throw new ConflictError("This registration does not need a non-objection decision.");
    if (current.nonObjectionStatus !== "PENDING") throw new ConflictError("The non-objection decision is already recorded for this registration.");
    if (current.status !== "SUBMITTED" && current.status !== "WAITLISTED") {
      throw new ConflictError("This registration is no longer under review.");
    }
    const now = new Date();
    const { count } = await tx.registration.updateMany({
      where: { id, version: current.version, nonObjectionStatus: "PENDING" },
      data: { nonObjectionStatus: outcome, nonObjectionDecidedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(`${CHANGED_MEANWHILE}.`);
    await recordAudit(tx, {
      actor: staffAuditActor(staff),
      action: "registration.non-objection",
      entityType: "Registration",
      entityId: id,
      before: registrationSnapshot(current),
      after: registrationSnapshot({ ...current, nonObjectionStatus: outcome, version: current.version + 1 }),
    });
    const message =
      outcome === "NO_OBJECTION"
        ? `No objection recorded for ${current.organisationName}: it can now be approved.`
        : `Objection recorded for ${current.organisationName}. It stays under review until you decline it, which sends the decline email.`;
    return { id, outcome, message };
  });
}

/** A staff note on a registration (never shown to the registrant). */
export async function addRegistrationNote(db: Db, actor: StaffActor | null, input: unknown): Promise<{ id: string }> {
  const staff = authorise(actor, "registrations:decide");
  const { id, body } = parseInput(addRegistrationNoteSchema, input);

  return db.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({ where: { id }, select: { id: true, anonymisedAt: true } });
    if (!registration) throw new NotFoundError("This registration no longer exists.");
    if (registration.anonymisedAt) throw new ConflictError("This registration was anonymised after the retention period; notes can no longer be added.");
    const note = await tx.registrationNote.create({ data: { registrationId: id, authorId: staff.userId, body }, select: { id: true } });
    // The note's text may name people: the audit row records that a note was written, not what.
    await recordAudit(tx, {
      actor: staffAuditActor(staff),
      action: "registration.note",
      entityType: "Registration",
      entityId: id,
      after: { note: note.id, characters: body.length },
    });
    return { id: note.id };
  });
}

/** "Promote next": approves the first waitlisted registration that is cleared and fits. */
export async function promoteNext(db: Db, actor: StaffActor | null, input: unknown): Promise<{ promoted: Promoted | null; message: string }> {
  const staff = authorise(actor, "registrations:decide");
  const { periodId } = parseInput(promoteNextSchema, input);

  return db.$transaction(async (tx) => {
    const period = await tx.registrationPeriod.findUnique({ where: { id: periodId }, select: { id: true } });
    if (!period) throw new NotFoundError("This registration period no longer exists.");
    await lockPeriods(tx, [periodId]);
    const result = await promoteFirst(tx, periodId, staff);
    if (result.promoted) await bumpPublicRevision(tx);
    return result;
  }, DECISION_TRANSACTION);
}
