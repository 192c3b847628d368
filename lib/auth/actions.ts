"use server";
// Sign-out. Server actions are public POST endpoints protected by Next's Origin check; these
// change only the caller's own sessions, so they need no permission beyond being signed in.
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { SIGN_IN_PATH } from "@/lib/auth/schemas";
import { clearSessionCookie, getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Ends this browser's session. */
export async function signOutAction(): Promise<void> {
  const session = await getSession();
  await clearSessionCookie();
  if (session) {
    await recordAudit(db, {
      actor: { kind: "staff", id: session.userId, email: session.email },
      action: "auth.sign-out",
      entityType: "StaffUser",
      entityId: session.userId,
    });
  }
  redirect(SIGN_IN_PATH);
}

/**
 * Ends every session of the signed-in user, on every device: raising the session version makes
 * every token issued before it fail the check in lib/auth/session.ts on its next request.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await getSession();
  if (session) {
    await db.$transaction(async (tx) => {
      await tx.staffUser.update({
        where: { id: session.userId },
        data: { sessionVersion: { increment: 1 } },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: { kind: "staff", id: session.userId, email: session.email },
        action: "auth.sign-out-everywhere",
        entityType: "StaffUser",
        entityId: session.userId,
      });
    });
  }
  await clearSessionCookie();
  redirect(SIGN_IN_PATH);
}
