// Staff changes to events: the domain core behind lib/events/actions.ts. Each function checks the
// permission itself, parses with the form's schema, writes by compare-and-set on (id, version)
// (two saves from one version: exactly one wins, the other gets a ConflictError and changes
// nothing), audits a readable before/after in the same transaction, and raises the public
// revision when public pages show the event. Status changes are in ./lifecycle.ts.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError } from "@/lib/errors";
import { eventFormSchema, eventVersionSchema, newEventSchema } from "@/lib/events/schemas";
import { assertEventSlugFree, eventRowSelect, eventSnapshot, loadEventForChange, rethrowEventSlugRace, writeEventIfCurrent } from "@/lib/events/snapshot";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";

export { STALE_EVENT_MESSAGE } from "@/lib/events/snapshot";

export interface EventMutationResult {
  id: string;
  slug: string;
  version: number;
  affectsPublic: boolean;
}

const day = (value: string) => (value === "" ? null : new Date(`${value}T00:00:00.000Z`));
const optional = (texts: Record<string, string>) => (Object.keys(texts).length === 0 ? Prisma.DbNull : texts);
const staffActor = (staff: StaffActor) => ({ kind: "staff" as const, id: staff.userId, email: staff.email });

function fieldsOf(values: { slug: string; year: number; startsOn: string; endsOn: string; title: Record<string, string>; summary: Record<string, string>; venue: Record<string, string> }) {
  return {
    slug: values.slug,
    year: values.year,
    startsOn: day(values.startsOn),
    endsOn: day(values.endsOn),
    title: values.title,
    summary: optional(values.summary),
    venue: optional(values.venue),
  };
}

/** Creates an event as a draft (also the target of "duplicate", whose form was prefilled). */
export async function createEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<EventMutationResult> {
  const staff = authorise(actor, "events:edit");
  const values = parseInput(newEventSchema, input);
  return db
    .$transaction(async (tx) => {
      await assertEventSlugFree(tx, values.slug);
      const created = await tx.event.create({ data: { ...fieldsOf(values), status: "DRAFT" }, select: eventRowSelect });
      await recordAudit(tx, { actor: staffActor(staff), action: "event.create", entityType: "Event", entityId: created.id, after: eventSnapshot(created) });
      return { id: created.id, slug: created.slug, version: created.version, affectsPublic: false };
    })
    .catch(rethrowEventSlugRace);
}

/** Saves the event edit form. */
export async function updateEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<EventMutationResult> {
  const staff = authorise(actor, "events:edit");
  const values = parseInput(eventFormSchema, input);
  return db
    .$transaction(async (tx) => {
      const current = await loadEventForChange(tx, values.id, values.version);
      if (values.slug !== current.slug) await assertEventSlugFree(tx, values.slug, current.id);
      const updated = await writeEventIfCurrent(tx, values.id, values.version, fieldsOf(values));
      const affectsPublic = current.status !== "DRAFT";
      if (affectsPublic) await bumpPublicRevision(tx);
      await recordAudit(tx, {
        actor: staffActor(staff),
        action: "event.update",
        entityType: "Event",
        entityId: updated.id,
        before: eventSnapshot(current),
        after: eventSnapshot(updated),
      });
      return { id: updated.id, slug: updated.slug, version: updated.version, affectsPublic };
    })
    .catch(rethrowEventSlugRace);
}

/** Deletes a draft event that has nothing attached; anything that was public is cancelled instead. */
export async function deleteEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<{ id: string }> {
  const staff = authorise(actor, "events:edit");
  const values = parseInput(eventVersionSchema, input);
  return db.$transaction(async (tx) => {
    const current = await loadEventForChange(tx, values.id, values.version);
    if (current.status !== "DRAFT") {
      throw new ConflictError("Only drafts can be deleted. This event has been on the public site: cancel it instead, so visitors see a notice.");
    }
    const [meetings, documents, periods, registrations] = await Promise.all([
      tx.meeting.count({ where: { eventId: current.id } }),
      tx.document.count({ where: { eventId: current.id } }),
      tx.registrationPeriod.count({ where: { eventId: current.id } }),
      tx.registration.count({ where: { eventId: current.id } }),
    ]);
    if (meetings > 0) throw new ConflictError(`This draft has ${meetings === 1 ? "a meeting" : `${meetings} meetings`}. Delete or move them before deleting the event.`);
    if (documents + periods + registrations > 0) {
      throw new ConflictError("This draft has documents or registrations attached. Move or remove them before deleting it.");
    }
    const { count } = await tx.event.deleteMany({ where: { id: current.id, version: values.version } });
    if (count === 0) throw new ConflictError("Someone else changed this event after you opened it. Reload the page and try again.");
    await recordAudit(tx, { actor: staffActor(staff), action: "event.delete", entityType: "Event", entityId: current.id, before: eventSnapshot(current) });
    return { id: current.id };
  });
}
