// Browser side of sign-in: posts the credentials to next-auth's credentials callback with its
// CSRF token (double-submit cookie). Lives in lib/auth so that swapping the auth library touches
// one folder; uses fetch rather than next-auth/react so nothing else imports next-auth.
import type { SignInInput } from "@/lib/auth/schemas";

const AUTH_BASE = "/api/auth";

export type SignInOutcome = "signed-in" | "refused" | "unavailable";

export async function signInWithCredentials(credentials: SignInInput): Promise<SignInOutcome> {
  try {
    const csrfResponse = await fetch(`${AUTH_BASE}/csrf`, { credentials: "same-origin", cache: "no-store" });
    if (!csrfResponse.ok) return "unavailable";
    const { csrfToken } = (await csrfResponse.json()) as { csrfToken?: unknown };
    if (typeof csrfToken !== "string") return "unavailable";

    const response = await fetch(`${AUTH_BASE}/callback/credentials`, {
      method: "POST",
      credentials: "same-origin",
      cache: "no-store",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      // json=true makes next-auth answer with JSON instead of a redirect.
      body: new URLSearchParams({ email: credentials.email, password: credentials.password, csrfToken, json: "true" }),
    });
    if (response.status === 401 || response.status === 403) return "refused";
    if (!response.ok) return "unavailable";
    // A refused sign-in can also come back as a redirect to the error page.
    const { url } = (await response.json()) as { url?: unknown };
    if (typeof url === "string" && url.includes("error=")) return "refused";
    return "signed-in";
  } catch {
    return "unavailable";
  }
}
