// An event's publication states: draft → published → cancelled (with a public notice), and back
// to draft. Needs "events:publish"; guarded by version, audited, raises the public revision.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError } from "@/lib/errors";
import { cancelEventSchema, eventVersionSchema } from "@/lib/events/schemas";
import { type EventRow, eventSnapshot, loadEventForChange, writeEventIfCurrent } from "@/lib/events/snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";
import type { EventMutationResult } from "./mutations";

export const CANCEL_DRAFT_EVENT_MESSAGE = "A draft is not on the public site, so there is nobody to tell: delete it instead, or publish it first.";

async function changeStatus(
  db: Db,
  actor: StaffActor | null,
  values: { id: string; version: number },
  action: string,
  data: (current: EventRow) => Prisma.EventUpdateManyMutationInput | null,
): Promise<EventMutationResult> {
  const staff = authorise(actor, "events:publish");
  return db.$transaction(async (tx) => {
    const current = await loadEventForChange(tx, values.id, values.version);
    const change = data(current);
    if (change === null) return { id: current.id, slug: current.slug, version: current.version, affectsPublic: false };
    const updated = await writeEventIfCurrent(tx, values.id, values.version, change);
    await bumpPublicRevision(tx);
    await recordAudit(tx, {
      actor: { kind: "staff", id: staff.userId, email: staff.email },
      action,
      entityType: "Event",
      entityId: updated.id,
      before: eventSnapshot(current),
      after: eventSnapshot(updated),
    });
    return { id: updated.id, slug: updated.slug, version: updated.version, affectsPublic: true };
  });
}

export async function publishEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<EventMutationResult> {
  authorise(actor, "events:publish");
  const values = parseInput(eventVersionSchema, input);
  return changeStatus(db, actor, values, "event.publish", (current) =>
    current.status === "PUBLISHED" ? null : { status: "PUBLISHED", publishedAt: current.publishedAt ?? new Date(), publishAt: null, cancelledAt: null },
  );
}

export async function unpublishEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<EventMutationResult> {
  authorise(actor, "events:publish");
  const values = parseInput(eventVersionSchema, input);
  return changeStatus(db, actor, values, "event.unpublish", (current) =>
    current.status === "DRAFT" ? null : { status: "DRAFT", cancelledAt: null, publishAt: null },
  );
}

/** Cancels a published event: its public page stays, with the notice. */
export async function cancelEvent(db: Db, actor: StaffActor | null, input: unknown): Promise<EventMutationResult> {
  authorise(actor, "events:publish");
  const values = parseInput(cancelEventSchema, input);
  return changeStatus(db, actor, values, "event.cancel", (current) => {
    if (current.status === "DRAFT") throw new ConflictError(CANCEL_DRAFT_EVENT_MESSAGE);
    return { status: "CANCELLED", cancelledAt: current.cancelledAt ?? new Date(), publishAt: null, cancellationNotice: values.notice };
  });
}
