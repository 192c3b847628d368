// The one session choke point (STYLE.md 11). Every staff page, action, query and handler asks
// here who is signed in. The JWT alone is not trusted: each request re-reads the user, so a
// deactivated account or a raised session version ("sign out everywhere") is refused at once,
// and the role used for authorisation is the current one, not the one at sign-in.
import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { authSecret, SESSION_MAX_AGE_SECONDS, sessionCookieName, sessionCookieOptions, tokenClaimsSchema } from "@/lib/auth/config";
import type { Permission } from "@/lib/auth/permissions";
import { NEW_PASSWORD_PATH, REQUESTED_PATH_HEADER, safeCallbackUrl, SIGN_IN_PATH } from "@/lib/auth/schemas";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";

export interface StaffSession extends StaffActor {
  name: string;
  sessionVersion: number;
  /** Set by an administrator (new account, password reset): nothing but changing it is allowed. */
  mustChangePassword: boolean;
}

export const MUST_CHANGE_PASSWORD_MESSAGE = "Choose a new password first: your account has a temporary one. Nothing else can be done until then.";

/** Resolves a session cookie's value to the current staff user, or null (exported for tests). */
export async function sessionFromToken(client: Db, token: string | undefined): Promise<StaffSession | null> {
  if (!token) return null;
  let payload: unknown;
  try {
    // Decrypts and checks the token's expiry; a tampered or foreign token throws.
    payload = await decode({ token, secret: authSecret() });
  } catch {
    return null;
  }
  const claims = tokenClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  const user = await client.staffUser.findUnique({
    where: { id: claims.data.sub },
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true, mustChangePassword: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== claims.data.sv) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sessionVersion: user.sessionVersion,
    mustChangePassword: user.mustChangePassword,
  };
}

/** The signed-in staff member of this request, or null. Cached per request. */
export const getSession = cache(async (): Promise<StaffSession | null> => {
  const store = await cookies();
  return sessionFromToken(db, store.get(sessionCookieName())?.value);
});

/**
 * For actions, handlers and queries: the session, or a typed 401/403 error. A user who still has
 * a temporary password is refused everything except what passes `allowPendingPasswordChange`
 * (the change-password action itself).
 */
export async function requireStaff(permission?: Permission, options: { allowPendingPasswordChange?: boolean } = {}): Promise<StaffSession> {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
  if (session.mustChangePassword && !options.allowPendingPasswordChange) throw new ForbiddenError(MUST_CHANGE_PASSWORD_MESSAGE);
  if (permission !== undefined) authorise(session, permission);
  return session;
}

/**
 * For layouts and pages: the session, or a redirect to the sign-in page that comes back to
 * `returnTo` (a console path) afterwards. Pages check their own permission with `can` so that
 * they can explain a refusal instead of failing.
 */
export async function requireStaffPage(returnTo?: string): Promise<StaffSession> {
  const session = await getSession();
  if (!session || session.mustChangePassword) {
    // A layout does not know its page: proxy.ts passes the requested path along.
    returnTo ??= (await headers()).get(REQUESTED_PATH_HEADER) ?? undefined;
  }
  if (!session) {
    const callbackUrl = safeCallbackUrl(returnTo);
    redirect(`${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl }).toString()}`);
  }
  // A temporary password first has to be replaced (the page lives outside the console layout).
  if (session.mustChangePassword) redirect(`${NEW_PASSWORD_PATH}?${new URLSearchParams({ callbackUrl: safeCallbackUrl(returnTo) }).toString()}`);
  return session;
}

/**
 * Gives this browser a new session for `user` as stored now (after its session version was
 * raised, e.g. by a password change that ended every other session). The token has the same
 * claims and lifetime as the one next-auth issues at sign-in.
 */
export async function startFreshSession(user: { userId: string; role: string; sessionVersion: number }): Promise<void> {
  const token = await encode({
    token: { sub: user.userId, role: user.role, sv: user.sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const store = await cookies();
  store.set(sessionCookieName(), token, { ...sessionCookieOptions(), maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Removes this browser's session cookie (sign-out, or after revoking every session). */
export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  store.delete({ name: sessionCookieName(), path: "/" });
}
