// Creates the first administrator at start-up (scripts/start.ts, scripts/e2e-server.ts).
// No "server-only" marker: it runs from tsx scripts.
//
// The rule, stated once (README "Configuration" repeats it):
//  - With ADMIN_EMAIL: if no staff user has that email, create it as an active ADMIN, with
//    ADMIN_PASSWORD when given, else a generated one. If the email exists, nothing changes:
//    neither its password nor its role is reset, so a restart never undoes staff changes.
//  - Without ADMIN_EMAIL: when there is no staff user at all, create DEFAULT_ADMIN_EMAIL as an
//    ADMIN with a generated password; otherwise nothing changes.
// A generated password is printed once by the caller; only its argon2id hash is stored.
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { isUniqueViolation } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/validation/common";

/** Used when no ADMIN_EMAIL is configured; `.localhost` is reserved and never delivers mail. */
export const DEFAULT_ADMIN_EMAIL = "admin@portal.localhost";

export type EnsureFirstAdminResult = { status: "existing" } | { status: "created"; email: string; generatedPassword?: string };

export class BootstrapConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BootstrapConfigError";
  }
}

/** 18 random bytes in base64url: 24 characters, 144 bits. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

function checkPassword(password: string): void {
  // The message names the variable, never the value.
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new BootstrapConfigError(`ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters long.`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw new BootstrapConfigError(`ADMIN_PASSWORD must be at most ${PASSWORD_MAX_LENGTH} characters long.`);
  }
}

export async function ensureFirstAdmin(db: Db, options: { email?: string; password?: string } = {}): Promise<EnsureFirstAdminResult> {
  const givenPassword = options.password?.length ? options.password : undefined;
  if (givenPassword !== undefined) checkPassword(givenPassword);

  let email: string;
  if (options.email?.trim()) {
    const parsed = emailSchema.safeParse(options.email);
    if (!parsed.success) throw new BootstrapConfigError("ADMIN_EMAIL is not a valid email address.");
    email = parsed.data;
    const existing = await db.staffUser.findUnique({ where: { email }, select: { id: true } });
    if (existing) return { status: "existing" };
  } else {
    if ((await db.staffUser.count()) > 0) return { status: "existing" };
    email = DEFAULT_ADMIN_EMAIL;
  }

  const generatedPassword = givenPassword === undefined ? generatePassword() : undefined;
  const passwordHash = await hashPassword(givenPassword ?? generatedPassword ?? "");

  try {
    await db.$transaction(async (tx) => {
      const user = await tx.staffUser.create({
        data: { email, name: "Administrator", passwordHash, role: "ADMIN", isActive: true },
        select: { id: true, email: true, role: true },
      });
      await recordAudit(tx, {
        actor: { kind: "system", label: "start" },
        action: "staff.create-first-admin",
        entityType: "StaffUser",
        entityId: user.id,
        after: { email: user.email, role: user.role, passwordGenerated: generatedPassword !== undefined },
      });
    });
  } catch (error) {
    // Another instance starting at the same moment created it first: that is the same outcome.
    if (isUniqueViolation(error)) return { status: "existing" };
    throw error;
  }

  return generatedPassword === undefined ? { status: "created", email } : { status: "created", email, generatedPassword };
}
