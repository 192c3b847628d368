// The status-page cookie: the secret access token, so that the status page's address carries no
// secret (no referrer or history leak) once the emailed link has been followed. HttpOnly (scripts
// cannot read it), SameSite=Lax (sent when arriving from the email, not on cross-site posts),
// Secure when the portal is served over https, 30 days.
import "server-only";
import { cookies } from "next/headers";
import { publicBaseUrl } from "@/lib/env";
import { isTokenShaped } from "@/lib/registrations/tokens";

export const STATUS_COOKIE = "hld_registration";
export const STATUS_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** The cookie's attributes, for route handlers that set it on their own response. */
export function statusCookieOptions() {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    path: "/",
    secure: publicBaseUrl().startsWith("https:"),
    maxAge: STATUS_COOKIE_MAX_AGE_SECONDS,
  };
}

/** In a server action or route handler: remembers the access token for the status page. */
export async function setStatusCookie(accessToken: string): Promise<void> {
  (await cookies()).set(STATUS_COOKIE, accessToken, statusCookieOptions());
}

/** The access token from the cookie, when it has a token's shape; undefined otherwise. */
export async function readStatusCookie(): Promise<string | undefined> {
  const value = (await cookies()).get(STATUS_COOKIE)?.value;
  return isTokenShaped(value) ? value : undefined;
}

export async function clearStatusCookie(): Promise<void> {
  (await cookies()).set(STATUS_COOKIE, "", { ...statusCookieOptions(), maxAge: 0 });
}
