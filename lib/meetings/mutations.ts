// Staff changes to meetings: the domain core behind lib/meetings/actions.ts. Each function takes
// the acting staff member (or null) and checks the permission itself, so the rule holds however
// it is called; the "use server" wrappers add the session lookup and cache refresh.
// No "server-only" marker so that integration tests drive it against a real database.
//
// Optimistic locking: the form carries the `version` it was loaded with, and the update is a
// compare-and-set on (id, version). Of two saves from the same version exactly one matches;
// the other changes nothing and gets a ConflictError.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { asTranslatable } from "@/lib/i18n/translatable";
import { meetingFormSchema, publishMeetingSchema, type MeetingFormValues } from "@/lib/meetings/schemas";
import { addDays, zonedToInstant } from "@/lib/time/zoned";
import { parseInput } from "@/lib/validation/parse";

export const STALE_MEETING_MESSAGE =
  "Someone else saved this meeting after you opened it, so your changes were not saved. Reload the page to see the current version, then make your changes again.";

const snapshotSelect = {
  id: true,
  slug: true,
  title: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  status: true,
  publishedAt: true,
  cancelledAt: true,
  version: true,
} as const;

interface MeetingRow {
  id: string;
  slug: string;
  title: unknown;
  startsAt: Date | null;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  status: "DRAFT" | "PUBLISHED" | "CANCELLED";
  publishedAt: Date | null;
  cancelledAt: Date | null;
  version: number;
}

/** The audited view of a meeting (JSON-safe). */
function snapshot(meeting: MeetingRow) {
  return {
    title: asTranslatable(meeting.title),
    startsAt: meeting.startsAt?.toISOString() ?? null,
    endsAt: meeting.endsAt?.toISOString() ?? null,
    allDay: meeting.allDay,
    status: meeting.status,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
    cancelledAt: meeting.cancelledAt?.toISOString() ?? null,
    version: meeting.version,
  };
}

/** Instants to store for the form's wall-clock values, in the meeting's time zone. */
function instantsFor(values: MeetingFormValues, timeZone: string): { startsAt: Date | null; endsAt: Date | null } {
  if (values.startsAt === "" || values.endsAt === "") return { startsAt: null, endsAt: null };
  if (values.allDay) {
    // The last day is inclusive in the form, the stored end is the next local midnight.
    return { startsAt: zonedToInstant(values.startsAt, timeZone), endsAt: zonedToInstant(addDays(values.endsAt, 1), timeZone) };
  }
  return { startsAt: zonedToInstant(values.startsAt, timeZone), endsAt: zonedToInstant(values.endsAt, timeZone) };
}

function statusFields(current: MeetingRow, status: MeetingRow["status"], now: Date) {
  switch (status) {
    case "PUBLISHED":
      return { status, publishedAt: current.publishedAt ?? now, cancelledAt: null };
    case "CANCELLED":
      return { status, cancelledAt: current.cancelledAt ?? now };
    case "DRAFT":
      return { status, cancelledAt: null };
  }
}

export interface MeetingMutationResult {
  id: string;
  slug: string;
  version: number;
}

/** Saves the edit form: English title, dates and status. */
export async function updateMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingMutationResult> {
  const staff = authorise(actor, "meetings:edit");
  const values = parseInput(meetingFormSchema, input);

  return db.$transaction(async (tx) => {
    const current = await tx.meeting.findUnique({ where: { id: values.id }, select: snapshotSelect });
    if (!current) throw new NotFoundError("This meeting no longer exists.");
    if (current.version !== values.version) throw new ConflictError(STALE_MEETING_MESSAGE);
    if (values.status !== current.status) authorise(staff, "meetings:publish");

    const now = new Date();
    const { count } = await tx.meeting.updateMany({
      where: { id: values.id, version: values.version },
      data: {
        // Other languages' titles are kept; this form edits the English one.
        title: { ...asTranslatable(current.title), en: values.titleEn },
        allDay: values.allDay,
        ...instantsFor(values, current.timeZone),
        ...statusFields(current, values.status, now),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw new ConflictError(STALE_MEETING_MESSAGE);

    const updated = await tx.meeting.findUniqueOrThrow({ where: { id: values.id }, select: snapshotSelect });
    await recordAudit(tx, {
      actor: { kind: "staff", id: staff.userId, email: staff.email },
      action: "meeting.update",
      entityType: "Meeting",
      entityId: updated.id,
      before: snapshot(current),
      after: snapshot(updated),
    });
    return { id: updated.id, slug: updated.slug, version: updated.version };
  });
}

/** Publishes a meeting (from draft or cancelled). Publishing a published meeting changes nothing. */
export async function publishMeeting(db: Db, actor: StaffActor | null, input: unknown): Promise<MeetingMutationResult> {
  const staff = authorise(actor, "meetings:publish");
  const values = parseInput(publishMeetingSchema, input);

  return db.$transaction(async (tx) => {
    const current = await tx.meeting.findUnique({ where: { id: values.id }, select: snapshotSelect });
    if (!current) throw new NotFoundError("This meeting no longer exists.");
    if (current.version !== values.version) throw new ConflictError(STALE_MEETING_MESSAGE);
    if (current.status === "PUBLISHED") return { id: current.id, slug: current.slug, version: current.version };

    const { count } = await tx.meeting.updateMany({
      where: { id: values.id, version: values.version },
      data: { ...statusFields(current, "PUBLISHED", new Date()), version: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError(STALE_MEETING_MESSAGE);

    const updated = await tx.meeting.findUniqueOrThrow({ where: { id: values.id }, select: snapshotSelect });
    await recordAudit(tx, {
      actor: { kind: "staff", id: staff.userId, email: staff.email },
      action: "meeting.publish",
      entityType: "Meeting",
      entityId: updated.id,
      before: snapshot(current),
      after: snapshot(updated),
    });
    return { id: updated.id, slug: updated.slug, version: updated.version };
  });
}
