"use server";
// Server actions of the Mail log. A public POST endpoint like any action: the session and the
// permission are checked here and again in the core.
import { requireStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { type ActionResult, actionFailure } from "@/lib/validation/action-result";
import { resendMail } from "./resend";

export async function resendMailAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  try {
    const session = await requireStaff("mail:resend");
    return { ok: true, data: await resendMail(db, session, input) };
  } catch (error) {
    return actionFailure(error, "resendMailAction");
  }
}
