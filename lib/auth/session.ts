// The one session choke point (STYLE.md 11). Every staff page, action, query and handler asks
// here who is signed in. The JWT alone is not trusted: each request re-reads the user, so a
// deactivated account or a raised session version ("sign out everywhere") is refused at once,
// and the role used for authorisation is the current one, not the one at sign-in.
import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { authSecret, sessionCookieName, tokenClaimsSchema } from "@/lib/auth/config";
import type { Permission } from "@/lib/auth/permissions";
import { safeCallbackUrl, SIGN_IN_PATH } from "@/lib/auth/schemas";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";

export interface StaffSession extends StaffActor {
  name: string;
  sessionVersion: number;
}

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
    select: { id: true, email: true, name: true, role: true, isActive: true, sessionVersion: true },
  });
  if (!user || !user.isActive || user.sessionVersion !== claims.data.sv) return null;
  return { userId: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}

/** The signed-in staff member of this request, or null. Cached per request. */
export const getSession = cache(async (): Promise<StaffSession | null> => {
  const store = await cookies();
  return sessionFromToken(db, store.get(sessionCookieName())?.value);
});

/** For actions, handlers and queries: the session, or a typed 401/403 error. */
export async function requireStaff(permission?: Permission): Promise<StaffSession> {
  const session = await getSession();
  if (!session) throw new UnauthorizedError();
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
  if (!session) {
    const callbackUrl = safeCallbackUrl(returnTo);
    redirect(`${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl }).toString()}`);
  }
  return session;
}

/** Removes this browser's session cookie (sign-out, or after revoking every session). */
export async function clearSessionCookie(): Promise<void> {
  const store = await cookies();
  store.delete({ name: sessionCookieName(), path: "/" });
}
