// Checks staff credentials: the core of sign-in, called by the Credentials provider in
// lib/auth/config.ts. No "server-only" marker so that integration tests call it directly.
//
// Every outcome that refuses (malformed input, unknown email, wrong password, deactivated
// account, too many recent failures) returns the same null after the same argon2 work, so neither the answer nor its
// timing tells an attacker which emails have accounts. The reason is kept in the audit log,
// which only administrators read; logs never get the attempted email.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";

export interface AuthenticatedStaff {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  sessionVersion: number;
}

type FailureReason = "invalid-input" | "unknown-email" | "wrong-password" | "inactive" | "throttled";

/**
 * Online guessing is slowed per email: after this many failed attempts within the window, every
 * attempt for that email is refused (same answer, same cost) until the failures age out. Counted
 * from the audit log, so the limit holds across processes and restarts.
 */
export const SIGN_IN_THROTTLE = { maxFailures: 10, windowMs: 15 * 60_000 } as const;

async function recentFailures(db: Db, email: string): Promise<number> {
  return db.auditLog.count({
    where: {
      action: "auth.sign-in.failed",
      createdAt: { gte: new Date(Date.now() - SIGN_IN_THROTTLE.windowMs) },
      after: { path: ["attemptedEmail"], equals: email },
    },
  });
}

function attemptedEmail(credentials: unknown): string | null {
  if (typeof credentials !== "object" || credentials === null) return null;
  const email = (credentials as Record<string, unknown>).email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : null;
}

async function refuse(db: Db, reason: FailureReason, email: string | null, userId: string | null): Promise<null> {
  await recordAudit(db, {
    actor: userId ? { kind: "staff", id: userId, email: email ?? "" } : { kind: "anonymous" },
    action: "auth.sign-in.failed",
    entityType: "StaffUser",
    entityId: userId,
    after: { attemptedEmail: email, reason },
  });
  logger.info("Staff sign-in refused", { reason, userId });
  return null;
}

export async function authenticateStaff(db: Db, credentials: unknown): Promise<AuthenticatedStaff | null> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) {
    await verifyPassword(DUMMY_PASSWORD_HASH, "");
    return refuse(db, "invalid-input", attemptedEmail(credentials), null);
  }
  const { email, password } = parsed.data;

  if ((await recentFailures(db, email)) >= SIGN_IN_THROTTLE.maxFailures) {
    await verifyPassword(DUMMY_PASSWORD_HASH, password);
    return refuse(db, "throttled", email, null);
  }

  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  // Verify even when there is no user, against a hash of the same cost.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);

  if (!user) return refuse(db, "unknown-email", email, null);
  if (!passwordMatches) return refuse(db, "wrong-password", email, user.id);
  if (!user.isActive) return refuse(db, "inactive", email, user.id);

  // Hashes made with weaker parameters are upgraded while the password is at hand.
  const upgradedHash = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined;
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({
      where: { id: user.id },
      data: { lastSignInAt: new Date(), ...(upgradedHash ? { passwordHash: upgradedHash } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: { kind: "staff", id: user.id, email: user.email },
      action: "auth.sign-in",
      entityType: "StaffUser",
      entityId: user.id,
      after: { passwordRehashed: upgradedHash !== undefined },
    });
  });
  logger.info("Staff signed in", { userId: user.id });

  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
