// HTTP answers of the calendar and feed route handlers. The handlers are static (ISR): Next keeps
// each response, headers included, and replays it until staff publish (revalidatePublicPages) or
// the revalidate backstop passes. The Cache-Control below travels with the cached response and lets
// a shared cache (CDN, proxy) also hold it for a minute.
import contentDisposition from "content-disposition";

export const FEED_CACHE_CONTROL = "public, max-age=60, s-maxage=60, stale-while-revalidate=300";

/** A calendar file, offered for download under `fileName`. */
export function calendarResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": contentDisposition(fileName),
      "Cache-Control": FEED_CACHE_CONTROL,
    },
  });
}

/** An Atom document (RFC 4287 section 7: application/atom+xml). */
export function atomResponse(body: string): Response {
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}

/** Unknown locale or slug, draft, or nothing to show. Cached like the rest, so publishing refreshes it too. */
export function feedNotFound(): Response {
  return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": FEED_CACHE_CONTROL } });
}
