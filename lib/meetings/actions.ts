"use server";
// Server actions of the staff meeting pages. Server actions are public POST endpoints: each one
// looks up the session and checks the permission itself, then calls the domain core (which
// checks again), and refreshes the public pages only after the transaction has committed.
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { cancelMeeting, publishMeeting, unpublishMeeting } from "@/lib/meetings/lifecycle";
import { createMeeting, deleteMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { runSave, saveFailure, type SaveResult } from "@/lib/meetings/save-result";

type Saved = SaveResult<{ id: string; version: number }>;

export async function createMeetingAction(input: unknown): Promise<Saved> {
  return runSave("createMeetingAction", "meetings:edit", "Meeting", input, (session) => createMeeting(db, session, input));
}

export async function updateMeetingAction(input: unknown): Promise<Saved> {
  return runSave("updateMeetingAction", "meetings:edit", "Meeting", input, (session) => updateMeeting(db, session, input));
}

export async function publishMeetingAction(input: unknown): Promise<Saved> {
  return runSave("publishMeetingAction", "meetings:publish", "Meeting", input, (session) => publishMeeting(db, session, input));
}

export async function unpublishMeetingAction(input: unknown): Promise<Saved> {
  return runSave("unpublishMeetingAction", "meetings:publish", "Meeting", input, (session) => unpublishMeeting(db, session, input));
}

export async function cancelMeetingAction(input: unknown): Promise<Saved> {
  return runSave("cancelMeetingAction", "meetings:publish", "Meeting", input, (session) => cancelMeeting(db, session, input));
}

export async function deleteMeetingAction(input: unknown): Promise<SaveResult<{ id: string }>> {
  try {
    const session = await requireStaff("meetings:edit");
    return { ok: true, data: await deleteMeeting(db, session, input) };
  } catch (error) {
    return saveFailure(error, "deleteMeetingAction", "Meeting", input);
  }
}
