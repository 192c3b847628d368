// How a background loop refreshes this instance's page cache. Next's revalidatePath only works
// inside a request (it records the tags on the request's work store and applies them when the
// request ends; outside one it throws "static generation store missing"), so the cache watcher
// asks its own server over loopback: POST /api/internal/revalidate with a secret that exists only
// in this process's memory, made at start-up and never logged or written anywhere. The route
// answers 404 to anything else, so from outside it looks like no route at all.
//
// The secret lives on globalThis because instrumentation.ts and the route handler are separate
// bundles (separate module instances) running in the same `next start` process.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const INTERNAL_REVALIDATE_PATH = "/api/internal/revalidate";
export const INTERNAL_SECRET_HEADER = "x-hld-internal-secret";

const SECRET = Symbol.for("hld.internal-revalidation-secret");
type SecretHolder = typeof globalThis & { [SECRET]?: string };

/** This process's secret, made on first use. */
export function internalSecret(): string {
  const holder = globalThis as SecretHolder;
  holder[SECRET] ??= randomBytes(32).toString("base64url");
  return holder[SECRET];
}

/** Whether a request carries this process's secret. False when none was made (no loop runs here). */
export function isInternalRequest(presented: string | null): boolean {
  const secret = (globalThis as SecretHolder)[SECRET];
  if (!secret || !presented) return false;
  // Digests have equal lengths, as timingSafeEqual requires, whatever was presented.
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(presented), digest(secret));
}

/** The address this process's server listens on, as seen from the same machine. */
export function localOrigin(): string {
  const { HOST, PORT } = env();
  // A wildcard listener accepts loopback connections; Next sets PORT to the port it listens on.
  const host = !HOST || HOST === "0.0.0.0" || HOST === "::" ? "127.0.0.1" : HOST;
  return `http://${host.includes(":") ? `[${host}]` : host}:${PORT ?? 3000}`;
}

/** Asks this process's server to revalidate its public pages; throws unless it confirmed. */
export async function requestLocalRevalidation(): Promise<void> {
  const response = await fetch(`${localOrigin()}${INTERNAL_REVALIDATE_PATH}`, {
    method: "POST",
    headers: { [INTERNAL_SECRET_HEADER]: internalSecret() },
    cache: "no-store",
    signal: AbortSignal.timeout(10_000),
  });
  if (response.status !== 204) throw new Error(`Local revalidation answered ${response.status}`);
}
