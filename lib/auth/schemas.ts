// Client-safe schemas of the sign-in form, shared by the form (zodResolver) and the server
// (the Credentials provider's authorize), plus the callback-URL rule.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { emailSchema } from "@/lib/validation/common";

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX_LENGTH, `A password has at most ${PASSWORD_MAX_LENGTH} characters.`),
});

export type SignInInput = z.input<typeof signInSchema>;

export const SIGN_IN_PATH = "/admin/sign-in";
export const DEFAULT_AFTER_SIGN_IN = "/admin";
/** Set by proxy.ts on console requests: the path and query asked for (see there). */
export const REQUESTED_PATH_HEADER = "x-hld-requested-path";
/** Where a user with a temporary password is sent until they choose their own. */
export const NEW_PASSWORD_PATH = "/admin/sign-in/new-password";

/** The same message for an unknown email, a wrong password and a deactivated account. */
export const SIGN_IN_FAILED_MESSAGE = "The email or password is incorrect, or the account is not active.";

/**
 * Where to go after signing in. Only same-origin paths of the staff console are allowed, so a
 * crafted link cannot bounce a fresh session to another site (open redirect) or to a public page.
 */
export function safeCallbackUrl(raw: unknown): string {
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return DEFAULT_AFTER_SIGN_IN;
  // Absolute and protocol-relative URLs, and backslashes that browsers treat as slashes, are refused.
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return DEFAULT_AFTER_SIGN_IN;
  let parsed: URL;
  try {
    parsed = new URL(raw, "http://portal.invalid");
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (parsed.origin !== "http://portal.invalid") return DEFAULT_AFTER_SIGN_IN;
  const { pathname } = parsed;
  const inConsole = pathname === "/admin" || pathname.startsWith("/admin/");
  if (!inConsole || pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return DEFAULT_AFTER_SIGN_IN;
  return `${pathname}${parsed.search}${parsed.hash}`;
}
