// Staff changes to meetings: the domain core behind lib/meetings/actions.ts. Each function takes
// the acting staff member (or null) and checks the permission itself, so the rule holds however
// it is called; the "use server" wrappers add the session lookup and the page-cache refresh.
// Status changes (publish, unpublish, cancel) live in lifecycle.ts; the locking steps in snapshot.ts.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { meetingFormSchema, meetingVersionSchema, newMeetingSchema } from "@/lib/meetings/schemas";
import {
  assertSlugFree,
  auditActor,
  instantsFor,
  isPublic,
  loadForChange,
  meetingRowSelect,
  meetingSnapshot,
  rethrowSlugRace,
  type Tx,
  writeIfCurrent,
} from "@/lib/meetings/snapshot";
import { parseInput } from "@/lib/validation/parse";

export { cancelMeeting, publishMeeting, unpublishMeeting } from "@/lib/meetings/lifecycle";
export { STALE_MEETING_MESSAGE } from "@/lib/meetings/snapshot";

export interface MeetingMutationResult {
  id: string;
  slug: string;
  version: number;
  /** Whether the change shows on public pages (the action then refreshes them). */
  affectsPublic: boolean;
}

/** Clears a JSON column (a JSON null would be stored as a value). */
const DB_NULL = Prisma.DbNull;
const optional = (texts: Record<string, string>) => (Object.keys(texts).length === 0 ? undefined : texts);

/** Saves the edit form: kind, address, texts in every language, dates and time zone. */
export async function updateMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingMutationResult> {
  const staff = authorise(actor, "meetings:edit");
  const values = parseInput(meetingFormSchema, input);

  return db
    .$transaction(async (tx) => {
      const current = await loadForChange(tx, values.id, values.version);
      if (values.slug !== current.slug) await assertSlugFree(tx, values.slug, current.id);
      const updated = await writeIfCurrent(tx, values.id, values.version, {
        kind: values.kind,
        slug: values.slug,
        title: values.title,
        summary: optional(values.summary) ?? DB_NULL,
        venue: optional(values.venue) ?? DB_NULL,
        timeZone: values.timeZone,
        allDay: values.allDay,
        ...instantsFor(values, values.timeZone),
      });
      const affectsPublic = isPublic(current.status);
      if (affectsPublic) await bumpPublicRevision(tx);
      await recordAudit(tx, {
        actor: auditActor(staff),
        action: "meeting.update",
        entityType: "Meeting",
        entityId: updated.id,
        before: meetingSnapshot(current),
        after: meetingSnapshot(updated),
      });
      return { id: updated.id, slug: updated.slug, version: updated.version, affectsPublic };
    })
    .catch(rethrowSlugRace);
}

/** Copies the source's agenda (items and speakers), shifting timed items with the meeting's start. */
async function copyAgenda(tx: Tx, sourceId: string, targetId: string, shiftMs: number | null): Promise<number> {
  const items = await tx.agendaItem.findMany({
    where: { meetingId: sourceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      position: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      title: true,
      description: true,
      speakers: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { position: true, role: true, name: true, function: true, organisation: true } },
    },
  });
  const shift = (instant: Date | null) => (instant && shiftMs !== null ? new Date(instant.getTime() + shiftMs) : null);
  for (const item of items) {
    await tx.agendaItem.create({
      data: {
        meetingId: targetId,
        position: item.position,
        kind: item.kind,
        startsAt: shift(item.startsAt),
        endsAt: shift(item.endsAt),
        title: item.title ?? {},
        description: item.description ?? DB_NULL,
        speakers: {
          create: item.speakers.map((speaker) => ({
            position: speaker.position,
            role: speaker.role,
            name: speaker.name,
            function: speaker.function ?? DB_NULL,
            organisation: speaker.organisation ?? DB_NULL,
          })),
        },
      },
      select: { id: true },
    });
  }
  return items.length;
}

/**
 * Creates a meeting as a draft. With a `sourceId` it is a duplicate of that meeting (the form was
 * prefilled from it) and, when asked, gets a copy of its agenda.
 */
export async function createMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingMutationResult> {
  const staff = authorise(actor, "meetings:edit");
  const values = parseInput(newMeetingSchema, input);
  if (values.copyAgenda) authorise(staff, "agendas:edit");

  return db
    .$transaction(async (tx) => {
      const event = await tx.event.findUnique({ where: { id: values.eventId }, select: { id: true } });
      if (!event) throw new ValidationError("Some fields need attention.", { eventId: ["Choose the event."] });
      const source = values.sourceId
        ? await tx.meeting.findUnique({ where: { id: values.sourceId }, select: { id: true, startsAt: true } })
        : null;
      if (values.sourceId && !source) throw new NotFoundError("The meeting you are duplicating no longer exists.");
      await assertSlugFree(tx, values.slug);

      const instants = instantsFor(values, values.timeZone);
      const last = await tx.meeting.aggregate({ where: { eventId: event.id }, _max: { position: true } });
      const created = await tx.meeting.create({
        data: {
          eventId: event.id,
          kind: values.kind,
          slug: values.slug,
          title: values.title,
          summary: optional(values.summary) ?? DB_NULL,
          venue: optional(values.venue) ?? DB_NULL,
          timeZone: values.timeZone,
          allDay: values.allDay,
          ...instants,
          position: (last._max.position ?? 0) + 1,
          status: "DRAFT",
        },
        select: meetingRowSelect,
      });
      let agendaItems = 0;
      if (source && values.copyAgenda) {
        const shiftMs = source.startsAt && instants.startsAt ? instants.startsAt.getTime() - source.startsAt.getTime() : null;
        agendaItems = await copyAgenda(tx, source.id, created.id, shiftMs);
      }
      await recordAudit(tx, {
        actor: auditActor(staff),
        action: source ? "meeting.duplicate" : "meeting.create",
        entityType: "Meeting",
        entityId: created.id,
        after: { ...meetingSnapshot(created), ...(source ? { duplicatedFrom: source.id, agendaItemsCopied: agendaItems } : {}) },
      });
      return { id: created.id, slug: created.slug, version: created.version, affectsPublic: false };
    })
    .catch(rethrowSlugRace);
}

/** Deletes a draft with its agenda. Published or cancelled meetings are cancelled, never deleted. */
export async function deleteMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<{ id: string }> {
  const staff = authorise(actor, "meetings:edit");
  const values = parseInput(meetingVersionSchema, input);

  return db.$transaction(async (tx) => {
    const current = await loadForChange(tx, values.id, values.version);
    if (current.status !== "DRAFT") {
      throw new ConflictError("Only drafts can be deleted. This meeting has been on the public site: cancel it instead, so visitors see a notice.");
    }
    const [documents, registrations, periods] = await Promise.all([
      tx.document.count({ where: { meetingId: current.id } }),
      tx.registration.count({ where: { meetingId: current.id } }),
      tx.registrationPeriod.count({ where: { meetingId: current.id } }),
    ]);
    if (documents + registrations + periods > 0) {
      throw new ConflictError("This draft has documents or registrations attached. Move or remove them before deleting it.");
    }
    const { count } = await tx.meeting.deleteMany({ where: { id: current.id, version: values.version } });
    if (count === 0) throw new ConflictError("Someone else changed this meeting after you opened it. Reload the page and try again.");
    await recordAudit(tx, {
      actor: auditActor(staff),
      action: "meeting.delete",
      entityType: "Meeting",
      entityId: current.id,
      before: meetingSnapshot(current),
    });
    return { id: current.id };
  });
}
