// Checks staff credentials: the core of sign-in, called by the Credentials provider in
// lib/auth/config.ts. No "server-only" marker so that integration tests call it directly.
//
// Every outcome that refuses (malformed input, unknown email, wrong password, deactivated
// account, too many recent failures for the email or from the client address; see
// lib/auth/sign-in-throttle.ts) returns the same null after the same argon2 work, so neither the
// answer nor its timing tells an attacker which emails have accounts. The reason is kept in the audit log,
// which only administrators read; logs never get the attempted email.
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { DUMMY_PASSWORD_HASH, hashPassword, needsRehash, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import { addressKey, exceededLimit, type ThrottleLimit } from "@/lib/auth/sign-in-throttle";
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

/** Where the attempt came from; `clientAddress` as lib/http/client-address.ts finds it. */
export interface SignInContext {
  clientAddress: string | null;
}

function attemptedEmail(credentials: unknown): string | null {
  if (typeof credentials !== "object" || credentials === null) return null;
  const email = (credentials as Record<string, unknown>).email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 254) : null;
}

interface Refusal {
  reason: FailureReason;
  email: string | null;
  userId: string | null;
  key: string;
  limit?: ThrottleLimit;
}

async function refuse(db: Db, { reason, email, userId, key, limit }: Refusal): Promise<null> {
  await recordAudit(db, {
    actor: userId ? { kind: "staff", id: userId, email: email ?? "" } : { kind: "anonymous" },
    action: "auth.sign-in.failed",
    entityType: "StaffUser",
    entityId: userId,
    after: { attemptedEmail: email, reason, addressKey: key, ...(limit ? { limit } : {}) },
  });
  logger.info("Staff sign-in refused", { reason, userId, ...(limit ? { limit } : {}) });
  return null;
}

export async function authenticateStaff(db: Db, credentials: unknown, context: SignInContext): Promise<AuthenticatedStaff | null> {
  const key = addressKey(context.clientAddress);
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) {
    const email = attemptedEmail(credentials);
    // Malformed attempts count against the address too, or they would be a free probe.
    const limit = await exceededLimit(db, null, key);
    await verifyPassword(DUMMY_PASSWORD_HASH, "");
    return refuse(db, { reason: limit ? "throttled" : "invalid-input", email, userId: null, key, ...(limit ? { limit } : {}) });
  }
  const { email, password } = parsed.data;

  const limit = await exceededLimit(db, email, key);
  if (limit) {
    await verifyPassword(DUMMY_PASSWORD_HASH, password);
    return refuse(db, { reason: "throttled", email, userId: null, key, limit });
  }

  const user = await db.staffUser.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, passwordHash: true },
  });
  // Verify even when there is no user, against a hash of the same cost.
  const passwordMatches = await verifyPassword(user?.passwordHash ?? DUMMY_PASSWORD_HASH, password);

  if (!user) return refuse(db, { reason: "unknown-email", email, userId: null, key });
  if (!passwordMatches) return refuse(db, { reason: "wrong-password", email, userId: user.id, key });
  if (!user.isActive) return refuse(db, { reason: "inactive", email, userId: user.id, key });

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
      after: { passwordRehashed: upgradedHash !== undefined, addressKey: key },
    });
  });
  logger.info("Staff signed in", { userId: user.id });

  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
