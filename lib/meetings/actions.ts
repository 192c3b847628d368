"use server";
// Server actions of the staff meeting page. Server actions are public POST endpoints: each one
// looks up the session and checks the permission itself, then calls the domain core (which
// checks again), and refreshes the public pages only after the transaction has committed.
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { publishMeeting, updateMeeting } from "@/lib/meetings/mutations";
import { actionFailure, type ActionResult } from "@/lib/validation/action-result";

export async function updateMeetingAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const session = await requireStaff("meetings:edit");
    const result = await updateMeeting(db, session, input);
    revalidatePublicPages();
    return { ok: true, data: { version: result.version } };
  } catch (error) {
    return actionFailure(error, "updateMeetingAction");
  }
}

export async function publishMeetingAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  try {
    const session = await requireStaff("meetings:publish");
    const result = await publishMeeting(db, session, input);
    revalidatePublicPages();
    return { ok: true, data: { version: result.version } };
  } catch (error) {
    return actionFailure(error, "publishMeetingAction");
  }
}
