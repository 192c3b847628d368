// Sign-in throttling, per account and per client address, counted from the audit log.
//
// Why the audit log rather than a rate-limiter table: every attempt has to be audited anyway
// (issue 3), so the failures are already recorded, in the same database every instance shares,
// surviving restarts; counting them needs no second store that could disagree with the audit
// trail, and no migration. The query is cheap: the (action, createdAt) index bounds it to the
// window's failures, whose number is itself bounded by the argon2 cost each attempt pays.
//
// The address is never stored: the audit row keeps an HMAC of it (keyed with AUTH_SECRET), which
// is enough to count attempts from the same client but cannot be turned back into the address
// without the secret.
// No "server-only" marker so that integration tests call it directly.
import { createHmac } from "node:crypto";
import type { Db } from "@/lib/database/client";
import { env } from "@/lib/env";
import { throttleSubject } from "@/lib/http/client-address";

export const SIGN_IN_THROTTLE = {
  windowMs: 15 * 60_000,
  /** Failures for one email within the window before every attempt for it is refused. */
  accountMaxFailures: 10,
  /**
   * Failures from one client address (IPv6: one /64) within the window, over all emails. Higher
   * than the account limit because an office behind one NAT address shares it.
   */
  addressMaxFailures: 30,
} as const;

export type ThrottleLimit = "account" | "address";

/** The keyed hash of the client's throttle subject that audit rows carry instead of the address. */
export function addressKey(clientAddress: string | null): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the portal with `npm start`, which provides it.");
  return createHmac("sha256", secret).update(`sign-in-address:${throttleSubject(clientAddress)}`).digest("base64url").slice(0, 22);
}

function failuresSince(db: Db, path: "attemptedEmail" | "addressKey", value: string): Promise<number> {
  return db.auditLog.count({
    where: {
      action: "auth.sign-in.failed",
      createdAt: { gte: new Date(Date.now() - SIGN_IN_THROTTLE.windowMs) },
      after: { path: [path], equals: value },
    },
  });
}

/** Which limit, if any, refuses an attempt for `email` from the client with `key`. */
export async function exceededLimit(db: Db, email: string | null, key: string): Promise<ThrottleLimit | null> {
  const [byAccount, byAddress] = await Promise.all([
    email === null ? 0 : failuresSince(db, "attemptedEmail", email),
    failuresSince(db, "addressKey", key),
  ]);
  if (byAccount >= SIGN_IN_THROTTLE.accountMaxFailures) return "account";
  if (byAddress >= SIGN_IN_THROTTLE.addressMaxFailures) return "address";
  return null;
}
