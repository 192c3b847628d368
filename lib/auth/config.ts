// next-auth v4 options: credentials only, stateless JWT sessions. The token carries the user id,
// role and session version; lib/auth/session.ts re-reads the user on every request and drops the
// session when the account is inactive or its session version moved on, so deactivation and
// "sign out everywhere" take effect at once despite the JWT being stateless.
// Imported only by app/api/auth/[...nextauth]/route.ts and lib/auth/session.ts.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { authenticateStaff, type SignInContext } from "@/lib/auth/authenticate";
import { safeCallbackUrl, SIGN_IN_PATH } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/** A staff session lasts a working day; afterwards the user signs in again. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

/** Session cookies get the Secure flag (and its name prefix) only when the portal is served over https. */
export function usesSecureCookies(): boolean {
  return env().PUBLIC_URL?.startsWith("https://") ?? false;
}

/** next-auth's default names, which proxy.ts also knows (it redirects visitors without one). */
export function sessionCookieName(): string {
  return usesSecureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/** Options of the session cookie, for next-auth's and for a session issued by lib/auth/session.ts alike. */
export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: usesSecureCookies() };
}

export function authSecret(): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the portal with `npm start`, which provides it.");
  return secret;
}

/** What the token stores about the user; parsed, never trusted blindly, when read back. */
export const tokenClaimsSchema = z.object({
  sub: z.string().min(1),
  role: z.string(),
  sv: z.number().int(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

const signedInUserSchema = z.object({ id: z.string().min(1), role: z.string(), sessionVersion: z.number().int() });

// next-auth warns about a missing NEXTAUTH_URL on every request: the portal does not need it
// (sign-in navigates on the client, and nothing builds absolute URLs from it).
const quietWarnings = new Set(["NEXTAUTH_URL", "DEBUG_ENABLED"]);

/** Built per request: `context` says where a sign-in attempt comes from (for its throttle). */
export function authOptions(context: SignInContext = { clientAddress: null }): NextAuthOptions {
  const secure = usesSecureCookies();
  return {
    secret: authSecret(),
    useSecureCookies: secure,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: sessionCookieOptions(),
      },
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        authorize: (credentials) => authenticateStaff(db, credentials, context),
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (!user) return token;
        // Sign-in: keep only what the session check needs (no name, email or picture in the cookie).
        const signedIn = signedInUserSchema.parse(user);
        return { sub: signedIn.id, role: signedIn.role, sv: signedIn.sessionVersion };
      },
      session({ session }) {
        // /api/auth/session tells the browser only that a session exists; pages get the user from
        // lib/auth/session.ts, which checks it against the database.
        return { expires: session.expires };
      },
      redirect({ url, baseUrl }) {
        const relative = url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url;
        return safeCallbackUrl(relative);
      },
    },
    logger: {
      warn(code) {
        if (!quietWarnings.has(code)) logger.warn("next-auth warning", { code });
      },
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : metadata.error;
        // The message of some next-auth errors can include request data; keep the name and code only.
        logger.error("next-auth error", { code, errorName: error instanceof Error ? error.name : undefined });
      },
      debug() {},
    },
  };
}
