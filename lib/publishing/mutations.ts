// Scheduled publication of meetings and events: schedule a draft for a chosen time, or cancel
// that schedule. Publishing now, back to draft and cancelling are the status changes in
// lib/meetings/lifecycle.ts and lib/events/lifecycle.ts (each clears a pending schedule).
// The domain core behind lib/publishing/actions.ts;
// each function checks the permission itself. No "server-only" marker so that integration tests
// drive it against a real database.
//
// Every write is a compare-and-set on (id, version) (optimistic locking), records its audit row
// and raises the public-content revision in the same transaction, so other instances refresh
// their page cache (lib/publishing/cache-watcher.ts). A scheduled draft is not public, but the
// revision is raised anyway: cheap, and a schedule change never leaves a page stale.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record";
import { snapshotInstant } from "@/lib/audit/snapshot-values";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asTranslatable } from "@/lib/i18n/translatable";
import {
  EVENT_PUBLICATION_TIME_ZONE,
  PAST_PUBLISH_AT_MESSAGE,
  publicationTargetSchema,
  schedulePublicationSchema,
  type PublicationStatus,
  type PublishableEntity,
} from "@/lib/publishing/schemas";
import { zonedToInstant } from "@/lib/time/zoned";
import { parseInput } from "@/lib/validation/parse";

type Tx = Prisma.TransactionClient;

/** Who may publish what. Publishing is separate from editing (see lib/auth/permissions.ts). */
export const PUBLISH_PERMISSION: Record<PublishableEntity, Permission> = {
  meeting: "meetings:publish",
  event: "events:publish",
};

const ENTITY_TYPE: Record<PublishableEntity, string> = { meeting: "Meeting", event: "Event" };

export function staleMessage(entity: PublishableEntity): string {
  return `Someone else changed this ${entity} after you opened it, so nothing was changed. Reload the page to see its current state, then try again.`;
}

const publicationSelect = {
  id: true,
  slug: true,
  title: true,
  status: true,
  publishAt: true,
  publishedAt: true,
  cancelledAt: true,
  version: true,
} as const;

interface PublicationRow {
  id: string;
  slug: string;
  title: unknown;
  status: PublicationStatus;
  publishAt: Date | null;
  publishedAt: Date | null;
  cancelledAt: Date | null;
  version: number;
  /** The zone in which "publish at" is entered and shown. */
  timeZone: string;
}

type PublicationData = Pick<Prisma.MeetingUpdateManyMutationInput & Prisma.EventUpdateManyMutationInput, "status" | "publishAt" | "publishedAt" | "cancelledAt">;

/** The audited view of a record's publication state (JSON-safe, readable in the history panel). */
export function publicationSnapshot(row: Omit<PublicationRow, "timeZone">) {
  return {
    title: asTranslatable(row.title),
    status: row.status,
    publishAt: snapshotInstant(row.publishAt),
    publishedAt: snapshotInstant(row.publishedAt),
    cancelledAt: snapshotInstant(row.cancelledAt),
    version: row.version,
  };
}

async function load(tx: Tx, entity: PublishableEntity, id: string): Promise<PublicationRow | null> {
  if (entity === "meeting") return tx.meeting.findUnique({ where: { id }, select: { ...publicationSelect, timeZone: true } });
  const event = await tx.event.findUnique({ where: { id }, select: publicationSelect });
  return event ? { ...event, timeZone: EVENT_PUBLICATION_TIME_ZONE } : null;
}

async function loadForChange(tx: Tx, entity: PublishableEntity, id: string, version: number): Promise<PublicationRow> {
  const current = await load(tx, entity, id);
  if (!current) throw new NotFoundError(`This ${entity} no longer exists.`);
  if (current.version !== version) throw new ConflictError(staleMessage(entity));
  return current;
}

async function writeIfCurrent(tx: Tx, entity: PublishableEntity, id: string, version: number, data: PublicationData): Promise<PublicationRow> {
  const args = { where: { id, version }, data: { ...data, version: { increment: 1 } } };
  const { count } = entity === "meeting" ? await tx.meeting.updateMany(args) : await tx.event.updateMany(args);
  if (count === 0) throw new ConflictError(staleMessage(entity));
  const updated = await load(tx, entity, id);
  if (!updated) throw new NotFoundError(`This ${entity} no longer exists.`);
  return updated;
}

export interface PublicationResult {
  id: string;
  slug: string;
  status: PublicationStatus;
  version: number;
  /** ISO instant of the scheduled publication, or null. */
  publishAt: string | null;
}

/**
 * The permission check comes first, before the input is validated, so that a caller without the
 * right learns nothing about the record. An unreadable entity is checked as a meeting; the
 * schema then refuses it.
 */
function authoriseFor(actor: StaffActor | null, input: unknown): StaffActor {
  const raw = typeof input === "object" && input !== null ? (input as Record<string, unknown>).entity : undefined;
  const entity = publicationTargetSchema.shape.entity.safeParse(raw);
  return authorise(actor, PUBLISH_PERMISSION[entity.success ? entity.data : "meeting"]);
}

const resultOf = (row: PublicationRow): PublicationResult => ({
  id: row.id,
  slug: row.slug,
  status: row.status,
  version: row.version,
  publishAt: snapshotInstant(row.publishAt),
});

/** One audited, revision-raising change of publication state, as a compare-and-set. */
async function change(
  db: Db,
  staff: StaffActor,
  target: { entity: PublishableEntity; id: string; version: number },
  verb: string,
  decide: (current: PublicationRow) => PublicationData | null,
): Promise<PublicationResult> {
  return db.$transaction(async (tx) => {
    const current = await loadForChange(tx, target.entity, target.id, target.version);
    const data = decide(current);
    // Nothing to change (e.g. publishing what is already published): no write, no audit row.
    if (data === null) return resultOf(current);
    const updated = await writeIfCurrent(tx, target.entity, target.id, target.version, data);
    await recordAudit(tx, {
      actor: { kind: "staff", id: staff.userId, email: staff.email },
      action: `${target.entity}.${verb}`,
      entityType: ENTITY_TYPE[target.entity],
      entityId: updated.id,
      before: publicationSnapshot(current),
      after: publicationSnapshot(updated),
    });
    await bumpPublicRevision(tx);
    return resultOf(updated);
  });
}

/** Schedules a draft to be published at a venue wall-clock time in the future (replacing any earlier schedule). */
export async function schedulePublication(db: Db, actor: StaffActor | null, input: unknown, now: () => Date = () => new Date()): Promise<PublicationResult> {
  const staff = authoriseFor(actor, input);
  const values = parseInput(schedulePublicationSchema, input);
  return change(db, staff, values, "schedule-publication", (current) => {
    if (current.status !== "DRAFT") {
      throw new ConflictError(`Only a draft can be scheduled: this ${values.entity} is already ${current.status === "PUBLISHED" ? "published" : "cancelled"}.`);
    }
    const publishAt = zonedToInstant(values.publishAt, current.timeZone);
    if (publishAt.getTime() <= now().getTime()) throw new ValidationError("Some fields need attention.", { publishAt: [PAST_PUBLISH_AT_MESSAGE] });
    return { publishAt };
  });
}

/** Cancels the scheduled publication of a draft; it stays a draft. */
export async function cancelScheduledPublication(db: Db, actor: StaffActor | null, input: unknown): Promise<PublicationResult> {
  const staff = authoriseFor(actor, input);
  const values = parseInput(publicationTargetSchema, input);
  return change(db, staff, values, "cancel-scheduled-publication", (current) => {
    if (current.status !== "DRAFT" || current.publishAt === null) {
      throw new ConflictError(`This ${values.entity} has no scheduled publication to cancel${current.status === "PUBLISHED" ? ": it is already published" : ""}.`);
    }
    return { publishAt: null };
  });
}
