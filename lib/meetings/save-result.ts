// What the staff meeting and event actions return: ActionResult, plus — when a save was refused
// because someone else saved first — what changed since the user's copy (who, when, and each
// field before → after), so the form can show it while keeping what the user typed. Also the
// one wrapper both action files run their saves through (a "use server" file may only export
// its actions, so it lives here).
import "server-only";
import { findChangesSince, type ChangeSince } from "@/lib/audit/queries";
import type { Permission } from "@/lib/auth/permissions";
import { requireStaff, type StaffSession } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { actionFailure } from "@/lib/validation/action-result";

export type { ChangeSince } from "@/lib/audit/queries";

export type SaveFailure = { ok: false; message: string; fieldErrors?: Record<string, string[]>; changes?: ChangeSince[] };
export type SaveResult<T> = { ok: true; data: T } | SaveFailure;

function copyOf(input: unknown): { id: string; version: number } | null {
  if (typeof input !== "object" || input === null) return null;
  const { id, version } = input as { id?: unknown; version?: unknown };
  return typeof id === "string" && typeof version === "number" && Number.isInteger(version) ? { id, version } : null;
}

/**
 * The failure for `error`. A ConflictError is only thrown after the caller was authorised, so
 * telling them what changed in the record they may edit discloses nothing new.
 */
export async function saveFailure(error: unknown, action: string, entityType: "Meeting" | "Event" | "Document", input: unknown): Promise<SaveFailure> {
  const failure = actionFailure(error, action);
  const copy = copyOf(input);
  if (!(error instanceof ConflictError) || copy === null) return failure;
  try {
    return { ...failure, changes: await findChangesSince(db, entityType, copy.id, copy.version) };
  } catch (lookupError) {
    // The refusal stands on its own; the list of changes is a help, not a condition.
    actionFailure(lookupError, `${action}:changesSince`);
    return failure;
  }
}

/**
 * A staff save as a server action: session and permission first, then the domain core (which
 * checks again), then the public-page refresh — only after the core's transaction committed, and
 * only when the change is visible to the public. Any failure becomes a SaveFailure.
 */
export async function runSave(
  action: string,
  permission: Permission,
  entityType: "Meeting" | "Event" | "Document",
  input: unknown,
  core: (session: StaffSession) => Promise<{ id: string; version: number; affectsPublic: boolean }>,
): Promise<SaveResult<{ id: string; version: number }>> {
  try {
    const session = await requireStaff(permission);
    const result = await core(session);
    if (result.affectsPublic) revalidatePublicPages();
    return { ok: true, data: { id: result.id, version: result.version } };
  } catch (error) {
    return saveFailure(error, action, entityType, input);
  }
}
