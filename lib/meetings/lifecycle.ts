// A meeting's publication states: draft → published → cancelled (with a public notice), and back
// to draft. Each change is authorised here, guarded by the version the page was loaded with,
// audited, and raises the public revision (every one of them changes what public pages show).
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { bumpPublicRevision } from "@/lib/cache/revision";
import type { Db } from "@/lib/database/client";
import { ConflictError } from "@/lib/errors";
import { cancelMeetingSchema, meetingVersionSchema } from "@/lib/meetings/schemas";
import { auditActor, loadForChange, type MeetingRow, meetingSnapshot, type Tx, writeIfCurrent } from "@/lib/meetings/snapshot";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation/parse";

export interface MeetingStatusResult {
  id: string;
  slug: string;
  version: number;
  affectsPublic: boolean;
}

async function changeStatus(
  tx: Tx,
  staff: StaffActor,
  values: { id: string; version: number },
  action: string,
  data: (current: MeetingRow) => Prisma.MeetingUpdateManyMutationInput | null,
): Promise<MeetingStatusResult> {
  const current = await loadForChange(tx, values.id, values.version);
  const change = data(current);
  // Already in the wanted state: nothing to do, nothing to audit.
  if (change === null) return { id: current.id, slug: current.slug, version: current.version, affectsPublic: false };
  const updated = await writeIfCurrent(tx, values.id, values.version, change);
  await bumpPublicRevision(tx);
  await recordAudit(tx, {
    actor: auditActor(staff),
    action,
    entityType: "Meeting",
    entityId: updated.id,
    before: meetingSnapshot(current),
    after: meetingSnapshot(updated),
  });
  return { id: updated.id, slug: updated.slug, version: updated.version, affectsPublic: true };
}

/** Publishes a draft or reinstates a cancelled meeting; a pending scheduled publication is done with. */
export async function publishMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingStatusResult> {
  const staff = authorise(actor, "meetings:publish");
  const values = parseInput(meetingVersionSchema, input);
  return db.$transaction((tx) =>
    changeStatus(tx, staff, values, "meeting.publish", (current) =>
      current.status === "PUBLISHED"
        ? null
        : { status: "PUBLISHED", publishedAt: current.publishedAt ?? new Date(), publishAt: null, cancelledAt: null },
    ),
  );
}

/** Takes a meeting off the public site, back to draft. */
export async function unpublishMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingStatusResult> {
  const staff = authorise(actor, "meetings:publish");
  const values = parseInput(meetingVersionSchema, input);
  return db.$transaction((tx) =>
    changeStatus(tx, staff, values, "meeting.unpublish", (current) =>
      current.status === "DRAFT" ? null : { status: "DRAFT", cancelledAt: null, publishAt: null },
    ),
  );
}

export const CANCEL_DRAFT_MESSAGE = "A draft is not on the public site, so there is nobody to tell: delete it instead, or publish it first.";

/** Cancels a published meeting (or rewords the notice of a cancelled one): it stays on the public site with the notice instead of disappearing. */
export async function cancelMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingStatusResult> {
  const staff = authorise(actor, "meetings:publish");
  const values = parseInput(cancelMeetingSchema, input);
  return db.$transaction((tx) =>
    changeStatus(tx, staff, values, "meeting.cancel", (current) => {
      if (current.status === "DRAFT") throw new ConflictError(CANCEL_DRAFT_MESSAGE);
      return { status: "CANCELLED", cancelledAt: current.cancelledAt ?? new Date(), publishAt: null, cancellationNotice: values.notice };
    }),
  );
}
