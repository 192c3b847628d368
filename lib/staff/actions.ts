"use server";
// Server actions of the staff-account pages and of "Your account". Server actions are public POST
// endpoints: each looks up the session and checks the permission itself, then calls the domain
// core, which checks again. Staff accounts are not public content: no public cache to refresh.
import { requireStaff, startFreshSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { changeOwnPassword } from "@/lib/staff/account";
import { createStaffUser, resetStaffPassword, setStaffActive, updateStaffUser, type CreatedStaff } from "@/lib/staff/mutations";
import { actionFailure, type ActionResult } from "@/lib/validation/action-result";

export async function createStaffAction(input: unknown): Promise<ActionResult<CreatedStaff>> {
  try {
    const session = await requireStaff("staff:manage");
    return { ok: true, data: await createStaffUser(db, session, input) };
  } catch (error) {
    return actionFailure(error, "createStaffAction");
  }
}

export async function updateStaffAction(input: unknown): Promise<ActionResult<{ updatedAt: string }>> {
  try {
    const session = await requireStaff("staff:manage");
    return { ok: true, data: await updateStaffUser(db, session, input) };
  } catch (error) {
    return actionFailure(error, "updateStaffAction");
  }
}

export async function setStaffActiveAction(input: unknown): Promise<ActionResult<{ isActive: boolean }>> {
  try {
    const session = await requireStaff("staff:manage");
    return { ok: true, data: await setStaffActive(db, session, input) };
  } catch (error) {
    return actionFailure(error, "setStaffActiveAction");
  }
}

export async function resetStaffPasswordAction(input: unknown): Promise<ActionResult<{ generatedPassword?: string }>> {
  try {
    const session = await requireStaff("staff:manage");
    return { ok: true, data: await resetStaffPassword(db, session, input) };
  } catch (error) {
    return actionFailure(error, "resetStaffPasswordAction");
  }
}

/** The one action a user with a temporary password may call. This browser stays signed in. */
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult<null>> {
  try {
    const session = await requireStaff(undefined, { allowPendingPasswordChange: true });
    const changed = await changeOwnPassword(db, session, input);
    await startFreshSession(changed);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error, "changeOwnPasswordAction");
  }
}
