// Opening registration on a hearing meeting or an event, and changing its settings (issue 5,
// point 1). Staff type local times; they are stored as instants in the target's time zone (the
// meeting's own, or UN Headquarters' for a whole event). One period per target: the unique
// scopeKey decides, so two staff opening the same hearing at once get one period and a clear
// refusal. Every save is audited and raises the public revision, since public pages show the
// registration call-out; the action refreshes them after the commit.
// No "server-only" marker: integration tests drive these cores against a real database.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { periodCounts } from "@/lib/registrations/capacity";
import { createRegistrationPeriodSchema, updateRegistrationPeriodSchema } from "@/lib/registrations/schemas";
import { periodSnapshot, staffAuditActor } from "@/lib/registrations/snapshot";
import { zonedToInstant } from "@/lib/time/zoned";
import { parseInput } from "@/lib/validation/parse";

/** Events have no time zone of their own: their hearings are held at UN Headquarters. */
export const EVENT_TIME_ZONE = "America/New_York";

export const PERIOD_EXISTS_MESSAGE = "Registration is already open for this hearing; edit it instead.";
export const STALE_PERIOD_MESSAGE =
  "Someone else saved these registration settings after you opened them, so your changes were not saved. Reload the page to see the current settings.";

type Tx = Prisma.TransactionClient;

export interface PeriodMutationResult {
  id: string;
  version: number;
  /** Things staff should know that did not stop the save (e.g. capacity below what is approved). */
  warnings: string[];
  /** Always true: public pages show the call-out; the action refreshes them. */
  affectsPublic: true;
}

const periodSelect = {
  id: true,
  eventId: true,
  meetingId: true,
  scopeKey: true,
  opensAt: true,
  closesAt: true,
  capacityOrganisations: true,
  capacityPersons: true,
  maxRepresentatives: true,
  nonObjectionRequired: true,
  autoPromote: true,
  privacyNotice: true,
  declineMessage: true,
  version: true,
  meeting: { select: { timeZone: true } },
} satisfies Prisma.RegistrationPeriodSelect;

type Settings = ReturnType<typeof createRegistrationPeriodSchema.parse>["settings"];

/** The stored columns for the form's settings, with local times read in `timeZone`. */
function columnsFor(settings: Settings, timeZone: string) {
  const instant = (field: "opensAt" | "closesAt", label: string) => {
    try {
      return zonedToInstant(settings[field], timeZone);
    } catch {
      throw new ValidationError("Some fields need attention.", { [`settings.${field}`]: [`Enter a real date and time for the ${label}.`] });
    }
  };
  return {
    opensAt: instant("opensAt", "opening time"),
    closesAt: instant("closesAt", "closing time"),
    capacityOrganisations: settings.capacityOrganisations,
    capacityPersons: settings.capacityPersons,
    maxRepresentatives: settings.maxRepresentatives,
    nonObjectionRequired: settings.nonObjectionRequired,
    autoPromote: settings.autoPromote,
    privacyNotice: settings.privacyNotice,
    declineMessage: settings.declineMessage,
  };
}

/** Warnings when the new capacity is below what is already approved (nobody is un-approved). */
async function capacityWarnings(tx: Tx, periodId: string): Promise<string[]> {
  const counts = await periodCounts(tx, periodId);
  const warnings: string[] = [];
  if (counts.capacityOrganisations !== null && counts.approvedOrganisations > counts.capacityOrganisations) {
    warnings.push(
      `${counts.approvedOrganisations} organisations are already approved, more than the new capacity of ${counts.capacityOrganisations}. Nobody was un-approved; no one more will be approved until places free.`,
    );
  }
  if (counts.capacityPersons !== null && counts.approvedPersons > counts.capacityPersons) {
    warnings.push(
      `${counts.approvedPersons} representatives are already approved, more than the new capacity of ${counts.capacityPersons} persons. Nobody was un-approved; no one more will be approved until places free.`,
    );
  }
  return warnings;
}

/** Opens registration on an INTERACTIVE_HEARING meeting or on an event. */
export async function createRegistrationPeriod(db: Db, actor: StaffActor | null, input: unknown): Promise<PeriodMutationResult> {
  const staff = authorise(actor, "registrations:configure");
  const values = parseInput(createRegistrationPeriodSchema, input);

  try {
    return await db.$transaction(async (tx) => {
      let target: { eventId: string; meetingId: string | null; scopeKey: string; timeZone: string };
      if ("meetingId" in values.target) {
        const meeting = await tx.meeting.findUnique({ where: { id: values.target.meetingId }, select: { id: true, eventId: true, kind: true, timeZone: true } });
        if (!meeting) throw new NotFoundError("This meeting no longer exists.");
        if (meeting.kind !== "INTERACTIVE_HEARING") throw new ConflictError("Registration can only be opened on an interactive hearing or on a whole event.");
        target = { eventId: meeting.eventId, meetingId: meeting.id, scopeKey: `meeting:${meeting.id}`, timeZone: meeting.timeZone };
      } else {
        const event = await tx.event.findUnique({ where: { id: values.target.eventId }, select: { id: true } });
        if (!event) throw new NotFoundError("This event no longer exists.");
        target = { eventId: event.id, meetingId: null, scopeKey: `event:${event.id}`, timeZone: EVENT_TIME_ZONE };
      }
      const existing = await tx.registrationPeriod.findUnique({ where: { scopeKey: target.scopeKey }, select: { id: true } });
      if (existing) throw new ConflictError(PERIOD_EXISTS_MESSAGE);

      const created = await tx.registrationPeriod.create({
        data: { eventId: target.eventId, meetingId: target.meetingId, scopeKey: target.scopeKey, ...columnsFor(values.settings, target.timeZone) },
        select: periodSelect,
      });
      await bumpPublicRevision(tx);
      await recordAudit(tx, {
        actor: staffAuditActor(staff),
        action: "registration-period.create",
        entityType: "RegistrationPeriod",
        entityId: created.id,
        after: periodSnapshot(created),
      });
      return { id: created.id, version: created.version, warnings: [], affectsPublic: true as const };
    });
  } catch (error) {
    // Two staff opening the same target at once: the unique scopeKey lets one through.
    if (isUniqueViolation(error)) throw new ConflictError(PERIOD_EXISTS_MESSAGE);
    throw error;
  }
}

/** Saves a period's settings, refusing a stale version (optimistic locking). */
export async function updateRegistrationPeriod(db: Db, actor: StaffActor | null, input: unknown): Promise<PeriodMutationResult> {
  const staff = authorise(actor, "registrations:configure");
  const values = parseInput(updateRegistrationPeriodSchema, input);

  return db.$transaction(async (tx) => {
    const current = await tx.registrationPeriod.findUnique({ where: { id: values.periodId }, select: periodSelect });
    if (!current) throw new NotFoundError("This registration period no longer exists.");
    if (current.version !== values.version) throw new ConflictError(STALE_PERIOD_MESSAGE);
    const timeZone = current.meeting?.timeZone ?? EVENT_TIME_ZONE;
    const { count } = await tx.registrationPeriod.updateMany({
      where: { id: current.id, version: values.version },
      data: { ...columnsFor(values.settings, timeZone), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(STALE_PERIOD_MESSAGE);
    const updated = await tx.registrationPeriod.findUniqueOrThrow({ where: { id: current.id }, select: periodSelect });
    await bumpPublicRevision(tx);
    await recordAudit(tx, {
      actor: staffAuditActor(staff),
      action: "registration-period.update",
      entityType: "RegistrationPeriod",
      entityId: updated.id,
      before: periodSnapshot(current),
      after: periodSnapshot(updated),
    });
    return { id: updated.id, version: updated.version, warnings: await capacityWarnings(tx, updated.id), affectsPublic: true as const };
  });
}
