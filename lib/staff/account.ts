// A staff member changing their own password (any role; also the one thing a user with a
// temporary password may do). No "server-only" marker so that integration tests call it.
//
// The current password is required even though the caller has a session, so a browser left
// signed in is not enough to take the account over. Wrong current passwords are audited and,
// like sign-in, limited per account. A successful change raises the session version, which ends
// every other session; the caller gives this browser a fresh one.
import { recordAudit } from "@/lib/audit/record";
import type { StaffActor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/auth/password-schemas";
import type { Db } from "@/lib/database/client";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { parseInputAsync } from "@/lib/validation/parse";

export const PASSWORD_CHANGE_THROTTLE = { maxFailures: 10, windowMs: 15 * 60_000 } as const;
export const WRONG_CURRENT_PASSWORD_MESSAGE = "This is not your current password.";

export interface ChangedPassword {
  userId: string;
  role: string;
  sessionVersion: number;
}

export async function changeOwnPassword(db: Db, actor: StaffActor | null, input: unknown): Promise<ChangedPassword> {
  if (!actor) throw new UnauthorizedError();
  const user = await db.staffUser.findUnique({
    where: { id: actor.userId },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  if (!user || !user.isActive) throw new UnauthorizedError();
  const values = await parseInputAsync(changePasswordSchema(user), input);

  const recentFailures = await db.auditLog.count({
    where: { action: "account.password-change.failed", actorId: user.id, createdAt: { gte: new Date(Date.now() - PASSWORD_CHANGE_THROTTLE.windowMs) } },
  });
  if (recentFailures >= PASSWORD_CHANGE_THROTTLE.maxFailures) {
    throw new ForbiddenError("Too many wrong current passwords. Wait a quarter of an hour, then try again.");
  }
  if (!(await verifyPassword(user.passwordHash, values.currentPassword))) {
    await recordAudit(db, {
      actor: { kind: "staff", id: user.id, email: user.email },
      action: "account.password-change.failed",
      entityType: "StaffUser",
      entityId: user.id,
      after: { reason: "wrong-current-password" },
    });
    throw new ValidationError("Some fields need attention.", { currentPassword: [WRONG_CURRENT_PASSWORD_MESSAGE] });
  }

  const passwordHash = await hashPassword(values.newPassword);
  return db.$transaction(async (tx) => {
    // Compare-and-set on the session version: a concurrent change or revocation wins, this one stops.
    const { count } = await tx.staffUser.updateMany({
      where: { id: user.id, sessionVersion: user.sessionVersion, isActive: true },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw new ConflictError("Your account changed meanwhile (for example, you were signed out everywhere). Sign in again.");
    await recordAudit(tx, {
      actor: { kind: "staff", id: user.id, email: user.email },
      action: "account.password-change",
      entityType: "StaffUser",
      entityId: user.id,
      after: { mustChangePassword: false, otherSessionsEnded: true },
    });
    return { userId: user.id, role: user.role, sessionVersion: user.sessionVersion + 1 };
  });
}
