"use server";
// The agenda editor's server action. Server actions are public POST endpoints: it looks up the
// session and checks the permission itself, then calls the domain core (which checks again), and
// refreshes the public pages only after the transaction has committed.
import { AgendaConflictError, saveAgenda } from "@/lib/agenda/mutations";
import type { ChangeSince } from "@/lib/audit/queries";
import { requireStaff } from "@/lib/auth/session";
import { revalidatePublicPages } from "@/lib/cache/public";
import { db } from "@/lib/db";
import { actionFailure, type ActionResult } from "@/lib/validation/action-result";

/** A save's outcome; a stale save also says what was saved since the form was loaded. */
export type SaveAgendaResult = ActionResult<{ agendaVersion: number }> | { ok: false; message: string; conflict: ChangeSince[] };

export async function saveAgendaAction(input: unknown): Promise<SaveAgendaResult> {
  try {
    const session = await requireStaff("agendas:edit");
    const result = await saveAgenda(db, session, input);
    revalidatePublicPages();
    return { ok: true, data: { agendaVersion: result.agendaVersion } };
  } catch (error) {
    if (error instanceof AgendaConflictError) return { ok: false, message: error.message, conflict: error.changes };
    return actionFailure(error, "saveAgendaAction");
  }
}
