"use server";
// Server actions of the staff meeting pages. Server actions are public POST endpoints: each one
// looks up the session and checks the permission itself, then calls the domain core (which
// checks again), and refreshes the public pages only after the transaction has committed.
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { cancelMeeting, publishMeeting, unpublishMeeting } from "@/lib/meetings/lifecycle";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { saveFailure, type SaveResult } from "@/lib/meetings/save-result";

type Saved = SaveResult<{ id: string; version: number }>;

async function run(
  name: string,
  permission: "meetings:edit" | "meetings:publish",
  input: unknown,
  core: (session: Awaited<ReturnType<typeof requireStaff>>) => Promise<{ id: string; version: number; affectsPublic: boolean }>,
): Promise<Saved> {
  try {
    const session = await requireStaff(permission);
    const result = await core(session);
    if (result.affectsPublic) revalidatePublicPages();
    return { ok: true, data: { id: result.id, version: result.version } };
  } catch (error) {
    return saveFailure(error, name, "Meeting", input);
  }
}

export async function createMeetingAction(input: unknown): Promise<Saved> {
  return run("createMeetingAction", "meetings:edit", input, (session) => createMeeting(db, session, input));
}

export async function updateMeetingAction(input: unknown): Promise<Saved> {
  return run("updateMeetingAction", "meetings:edit", input, (session) => updateMeeting(db, session, input));
}

export async function publishMeetingAction(input: unknown): Promise<Saved> {
  return run("publishMeetingAction", "meetings:publish", input, (session) => publishMeeting(db, session, input));
}

export async function unpublishMeetingAction(input: unknown): Promise<Saved> {
  return run("unpublishMeetingAction", "meetings:publish", input, (session) => unpublishMeeting(db, session, input));
}

export async function cancelMeetingAction(input: unknown): Promise<Saved> {
  return run("cancelMeetingAction", "meetings:publish", input, (session) => cancelMeeting(db, session, input));
}

export async function deleteMeetingAction(input: unknown): Promise<SaveResult<{ id: string }>> {
  try {
    const session = await requireStaff("meetings:edit");
    return { ok: true, data: await deleteMeeting(db, session, input) };
  } catch (error) {
    return saveFailure(error, "deleteMeetingAction", "Meeting", input);
  }
}
