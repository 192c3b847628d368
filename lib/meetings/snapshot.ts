// What the meeting mutations read, audit and guard: the row shape, the readable audit snapshot,
// wall-clock ↔ instant conversion of the form's dates, and the optimistic-locking steps.
// No "server-only" marker so that integration tests drive the cores against a real database.
//
// Optimistic locking: every form carries the `version` it was loaded with, and every write is a
// compare-and-set on (id, version). Of two saves from the same version exactly one matches; the
// other changes nothing and gets a ConflictError (the action then shows what changed since).
import type { StaffActor } from "@/lib/auth/actor";
import type { AuditActor } from "@/lib/audit/record";
import { snapshotInstant, snapshotOptionalText } from "@/lib/audit/snapshot-values";
import type { Db } from "@/lib/database/client";
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asTranslatable } from "@/lib/i18n/translatable";
import { addDays, zonedToInstant } from "@/lib/time/zoned";

export const STALE_MEETING_MESSAGE =
  "Someone else saved this meeting after you opened it, so your changes were not saved. Your changes are still in the form: compare them with what changed, then reload to start from the current version.";

export type Tx = Prisma.TransactionClient;

export const meetingRowSelect = {
  id: true,
  eventId: true,
  slug: true,
  kind: true,
  title: true,
  summary: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  status: true,
  publishedAt: true,
  publishAt: true,
  cancelledAt: true,
  cancellationNotice: true,
  version: true,
  event: { select: { slug: true } },
} satisfies Prisma.MeetingSelect;

export type MeetingRow = Prisma.MeetingGetPayload<{ select: typeof meetingRowSelect }>;


/** The audited view of a meeting: plain keys, ISO instants, translatable texts as {en, fr, …}. */
export function meetingSnapshot(meeting: MeetingRow) {
  return {
    event: meeting.event.slug,
    slug: meeting.slug,
    kind: meeting.kind,
    title: asTranslatable(meeting.title),
    summary: snapshotOptionalText(meeting.summary),
    venue: snapshotOptionalText(meeting.venue),
    startsAt: snapshotInstant(meeting.startsAt),
    endsAt: snapshotInstant(meeting.endsAt),
    allDay: meeting.allDay,
    timeZone: meeting.timeZone,
    status: meeting.status,
    publishedAt: snapshotInstant(meeting.publishedAt),
    publishAt: snapshotInstant(meeting.publishAt),
    cancelledAt: snapshotInstant(meeting.cancelledAt),
    cancellationNotice: snapshotOptionalText(meeting.cancellationNotice),
    version: meeting.version,
  };
}

export function auditActor(staff: StaffActor): AuditActor {
  return { kind: "staff", id: staff.userId, email: staff.email };
}

/** Whether public pages show this meeting (so a change to it must refresh them). */
export const isPublic = (status: MeetingRow["status"]) => status !== "DRAFT";

/** Instants to store for the form's wall-clock values, in the venue's time zone. */
export function instantsFor(values: { allDay: boolean; startsAt: string; endsAt: string }, timeZone: string) {
  if (values.startsAt === "" || values.endsAt === "") return { startsAt: null, endsAt: null };
  if (values.allDay) {
    // The last day is inclusive in the form, the stored end is the next local midnight.
    return { startsAt: zonedToInstant(values.startsAt, timeZone), endsAt: zonedToInstant(addDays(values.endsAt, 1), timeZone) };
  }
  return { startsAt: zonedToInstant(values.startsAt, timeZone), endsAt: zonedToInstant(values.endsAt, timeZone) };
}

/** The meeting as stored now, refusing a stale version before any work is done. */
export async function loadForChange(tx: Tx, id: string, version: number): Promise<MeetingRow> {
  const current = await tx.meeting.findUnique({ where: { id }, select: meetingRowSelect });
  if (!current) throw new NotFoundError("This meeting no longer exists.");
  if (current.version !== version) throw new ConflictError(STALE_MEETING_MESSAGE);
  return current;
}

/** Compare-and-set on (id, version): the write happens only if nobody saved in between. */
export async function writeIfCurrent(tx: Tx, id: string, version: number, data: Prisma.MeetingUpdateManyMutationInput): Promise<MeetingRow> {
  const { count } = await tx.meeting.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw new ConflictError(STALE_MEETING_MESSAGE);
  return tx.meeting.findUniqueOrThrow({ where: { id }, select: meetingRowSelect });
}

export const SLUG_TAKEN_MESSAGE = "This address is already used by another meeting. Choose another one.";

/** Refuses a slug another meeting has, as an error on the slug field. */
export async function assertSlugFree(client: Tx | Db, slug: string, exceptId?: string): Promise<void> {
  const taken = await client.meeting.findFirst({ where: { slug, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new ValidationError("Some fields need attention.", { slug: [SLUG_TAKEN_MESSAGE] });
}

/** A unique-constraint race on the slug (two creates at once) reads as the same field error. */
export function rethrowSlugRace(error: unknown): never {
  if (isUniqueViolation(error)) {
    throw new ValidationError("Some fields need attention.", { slug: [SLUG_TAKEN_MESSAGE] });
  }
  throw error;
}
