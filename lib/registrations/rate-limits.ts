// Rate limits of the public registration endpoints, shared by every web instance through the
// database (table rate_limit_counters, rate-limiter-flexible's RateLimiterPostgres on its own
// small pool so that a flood cannot starve the app's Prisma pool).
//
// Counted per client (the throttle subject of the address lib/http/client-address.ts derives from
// the socket peer and trusted proxies, so a forged X-Forwarded-For cannot pick it) and per email
// address. Keys are HMAC-SHA256 digests keyed with AUTH_SECRET: the table holds neither addresses
// nor emails, and cannot be turned back into them without the secret.
import "server-only";
import { createHmac } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { TooManyRequestsError } from "@/lib/errors";
import { throttleSubject } from "@/lib/http/client-address";

export type RegistrationLimitKind = "submit" | "resend" | "confirm" | "access";

interface Limit {
  points: number;
  durationSeconds: number;
}

/**
 * Per kind: attempts per client address, and per email address where the kind has one. The
 * per-address numbers are for the default REGISTRATION_ADDRESS_LIMIT (10 submissions an hour) and
 * scale with it, for venues where many registrants share one address.
 */
export const REGISTRATION_LIMITS: Record<RegistrationLimitKind, { perAddress: Limit; perEmail?: Limit }> = {
  submit: { perAddress: { points: 10, durationSeconds: 3600 }, perEmail: { points: 3, durationSeconds: 3600 } },
  resend: { perAddress: { points: 10, durationSeconds: 3600 }, perEmail: { points: 3, durationSeconds: 3600 } },
  confirm: { perAddress: { points: 30, durationSeconds: 900 } },
  access: { perAddress: { points: 120, durationSeconds: 3600 } },
};

/** The REGISTRATION_ADDRESS_LIMIT the per-address numbers above are written for. */
const DEFAULT_ADDRESS_LIMIT = 10;

/** "Already registered" / "organisation taken" notices: at most one per recipient per hour. */
export const NOTICE_LIMIT: Limit = { points: 1, durationSeconds: 3600 };

const TABLE = "rate_limit_counters";

const globalForLimits = globalThis as typeof globalThis & { __hldRateLimitPool?: pg.Pool; __hldRateLimiters?: Map<string, RateLimiterPostgres> };

function pool(): pg.Pool {
  if (globalForLimits.__hldRateLimitPool) return globalForLimits.__hldRateLimitPool;
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides it.");
  const created = new pg.Pool({ connectionString: url, max: 3 });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  created.on("error", () => undefined);
  globalForLimits.__hldRateLimitPool = created;
  return created;
}

function limiter(prefix: string, limit: Limit): RateLimiterPostgres {
  const key = `${prefix}:${limit.points}:${limit.durationSeconds}`;
  const cache = (globalForLimits.__hldRateLimiters ??= new Map());
  const existing = cache.get(key);
  if (existing) return existing;
  const created = new RateLimiterPostgres({
    storeClient: pool(),
    tableName: TABLE,
    tableCreated: true,
    keyPrefix: prefix,
    points: limit.points,
    duration: limit.durationSeconds,
  });
  cache.set(key, created);
  return created;
}

/** The HMAC under which `value` is counted for `purpose`: never the value itself. */
function counterKey(purpose: string, value: string): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the portal with `npm start`, which provides it.");
  return createHmac("sha256", secret).update(`${purpose}\u0000${value}`).digest("base64url");
}

/** Consumes one point; a refusal becomes TooManyRequestsError, a store failure is rethrown. */
async function consume(prefix: string, limit: Limit, purpose: string, value: string): Promise<void> {
  try {
    await limiter(prefix, limit).consume(counterKey(purpose, value));
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new TooManyRequestsError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)));
    throw error;
  }
}

/**
 * Counts one attempt of `kind` from `clientAddress` (and for `email`), refusing with
 * TooManyRequestsError once a limit is reached. The email limit holds across client addresses.
 */
export async function consumeRegistrationLimits(input: { clientAddress: string | null; email?: string | null; kind: RegistrationLimitKind }): Promise<void> {
  const limits = REGISTRATION_LIMITS[input.kind];
  const scale = env().REGISTRATION_ADDRESS_LIMIT / DEFAULT_ADDRESS_LIMIT;
  const perAddress = { ...limits.perAddress, points: Math.max(1, Math.round(limits.perAddress.points * scale)) };
  await consume(`reg-${input.kind}-addr`, perAddress, `${input.kind}:address`, throttleSubject(input.clientAddress));
  if (limits.perEmail && input.email) await consume(`reg-${input.kind}-email`, limits.perEmail, `${input.kind}:email`, input.email.trim().toLowerCase());
}

/**
 * Whether a notice may be sent to `email` now (and counts it): used for the duplicate notices,
 * which are sent silently at most once an hour so that nobody can flood a mailbox with them.
 */
export async function allowNotice(email: string): Promise<boolean> {
  try {
    await limiter("reg-notice", NOTICE_LIMIT).consume(counterKey("notice:email", email.trim().toLowerCase()));
    return true;
  } catch (error) {
    if (error instanceof RateLimiterRes) return false;
    throw error;
  }
}

/** Closes the limiter's pool (tests, shutdown); the next use opens a new one. */
export async function closeRateLimitPool(): Promise<void> {
  const open = globalForLimits.__hldRateLimitPool;
  globalForLimits.__hldRateLimitPool = undefined;
  globalForLimits.__hldRateLimiters?.clear();
  await open?.end();
}
