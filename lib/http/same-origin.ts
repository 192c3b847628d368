// The cross-site request check for route handlers that change data. Server actions get Next's own
// Origin check; route handlers get none, so a form or script on another site could otherwise make
// a signed-in browser POST to them with its cookies. Browsers always send `Origin` on such
// requests (fetch, XHR and form posts alike), and a page cannot forge it.
import { ForbiddenError } from "@/lib/errors";

export const CROSS_ORIGIN_MESSAGE = "This request did not come from the portal's own pages, so it was refused.";

/**
 * Whether the request's `Origin` is the portal itself: the host the browser addressed (the `Host`
 * header), or the configured public address (needed behind a reverse proxy that rewrites Host).
 * A missing or opaque ("null") origin is refused.
 */
export function isSameOrigin(request: Request, publicUrl?: string): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl && parsed.origin === new URL(publicUrl).origin) return true;
  const host = request.headers.get("host") ?? new URL(request.url).host;
  return parsed.host === host;
}

export function assertSameOrigin(request: Request, publicUrl?: string): void {
  if (!isSameOrigin(request, publicUrl)) throw new ForbiddenError(CROSS_ORIGIN_MESSAGE);
}
