// The request stand-in for integration tests that go through the real session lookup. There is no
// HTTP request under Vitest, so `next/headers` is mocked with cookies read from `harness`; the
// rest (session decoding, the staff lookup, permissions) runs as in production.
//
// A test file imports this module before any application module, then mocks `next/headers`
// with it (`vi.mock` is hoisted per file and its factory may only reach this module by dynamic
// import, so the same instance — and the same `harness` — is shared):
//
//   import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
//   vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
//   const { someAction } = await import("@/lib/some/actions");
import { encode } from "next-auth/jwt";

// Set on import, before any application module reads the environment (lib/db.ts reads it on
// import): that is why test files import their application modules dynamically after this one.
process.env.AUTH_SECRET = "integration-test-secret-0123456789abcdef";

const SESSION_COOKIE = "next-auth.session-token";

/** What the mocked request carries: the session cookie, and every cookie an action set. */
export const harness = { cookie: undefined as string | undefined, set: [] as { name: string; value: string }[] };

/** The `next/headers` module as the code under test sees it, backed by `harness`. */
export function nextHeadersMock() {
  return {
    cookies: async () => ({
      get: (name: string) => (name === SESSION_COOKIE && harness.cookie ? { name, value: harness.cookie } : undefined),
      getAll: () => (harness.cookie ? [{ name: SESSION_COOKIE, value: harness.cookie }] : []),
      has: (name: string) => name === SESSION_COOKIE && harness.cookie !== undefined,
      set: (name: string, value: string) => harness.set.push({ name, value }),
      delete: () => undefined,
    }),
    headers: async () => new Headers({ "x-forwarded-for": "192.0.2.10" }),
  };
}

/** A session cookie for `user`, with the claims and secret next-auth uses (session version 1 unless given). */
export function sessionCookieFor(user: { id: string; role: string; sessionVersion?: number }): Promise<string> {
  return encode({ token: { sub: user.id, role: user.role, sv: user.sessionVersion ?? 1 }, secret: process.env.AUTH_SECRET ?? "", maxAge: 3600 });
}
