// Runs before routing. Public paths get next-intl's locale handling (/ → /en). For the staff
// console it only saves anonymous visitors a round trip: a missing session cookie redirects to
// the sign-in page. That is convenience, not security — every staff layout, action and route
// handler checks the session itself (STYLE.md 10).
import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { REQUESTED_PATH_HEADER, SIGN_IN_PATH } from "@/lib/auth/schemas";
import { FILTERED_SEGMENT, libraryRewrite, parseLibraryPath } from "@/lib/documents/public-filters";
import { isPublicLocale, routing } from "@/lib/i18n/routing";

const handleLocale = createMiddleware(routing);

// next-auth v4's JWT session cookie; the __Secure- prefix is used on HTTPS.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

function isStaffPath(pathname: string): boolean {
  return pathname === "/admin" || pathname.startsWith("/admin/");
}

const LIBRARY_PATH = new RegExp(`^/([a-z]{2})/documents(?:/${FILTERED_SEGMENT}(/.*)?)?$`);

/**
 * The documents library's filters live in the query string (/en/documents?kind=REPORT), but a page
 * reading searchParams renders per request. Valid filters are rewritten to their canonical internal
 * path (/en/documents/f/REPORT/-/-/-/1), an ISR page, so every combination is served from cache;
 * invalid ones, and hand-made internal paths that are not canonical, go to one fixed path that
 * answers 404 — they never render a page of their own nor add entries to the cache.
 */
function rewriteLibrary(request: NextRequest): NextResponse | null {
  const { pathname, searchParams } = request.nextUrl;
  const match = LIBRARY_PATH.exec(pathname);
  if (!match || !isPublicLocale(match[1])) return null;
  const locale = match[1];
  const invalid = `/${locale}/documents/${FILTERED_SEGMENT}/invalid`;
  const isInternal = pathname !== `/${locale}/documents`;
  // The address names its language, so next-intl has nothing to do here (as for every other such
  // address, which the matcher skips). Running it anyway would advertise the internal path in its
  // hreflang Link header.
  if (isInternal) {
    const segments = (match[2] ?? "").split("/").filter(Boolean);
    if (pathname === invalid || parseLibraryPath(segments)) return NextResponse.next();
    return NextResponse.rewrite(new URL(invalid, request.url));
  }
  const target = libraryRewrite(locale, searchParams);
  if (!target) return NextResponse.next();
  return NextResponse.rewrite(new URL("notFound" in target ? invalid : target.path, request.url));
}

/**
 * A file-like address outside the site's sections (/x.html, /favicon.ico, /a/b.pdf). Left alone,
 * Next would route it to the [locale] page as a language called "x.html": its layout's notFound()
 * then renders Next's bare error shell (blank without JavaScript), and each such address became an
 * ISR entry of its own. Rewritten under the default language, it gets the site's prerendered 404.
 */
function strayFileRewrite(request: NextRequest): NextResponse | null {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1] ?? "";
  if (!pathname.includes(".") || isPublicLocale(first)) return null;
  return NextResponse.rewrite(new URL(`/${routing.defaultLocale}${pathname}`, request.url));
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (isStaffPath(pathname)) {
    if (pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`)) return NextResponse.next();
    const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (hasSession) {
      // Layouts that redirect (to sign-in, or to choose a new password) come back to this path.
      // Always overwritten here, and read only through safeCallbackUrl: a client-sent value can
      // at most choose another console page.
      const headers = new Headers(request.headers);
      headers.set(REQUESTED_PATH_HEADER, `${pathname}${search}`);
      return NextResponse.next({ request: { headers } });
    }
    const signIn = new URL(SIGN_IN_PATH, request.url);
    // Only the path and query go into callbackUrl: a same-origin target, never another host.
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return strayFileRewrite(request) ?? rewriteLibrary(request) ?? handleLocale(request);
}

export const config = {
  // Everything except API routes, Next's own assets, files with an extension (favicon.ico,
  // robots.txt, …) and the stable document downloads /files/{documentId}/{language}, which live
  // outside [locale] (one address whatever the reader's language) and must never be redirected.
  // "files/" with its slash, so that a page such as /filesystem would still get its locale.
  // Addresses that already name one of the six UN languages skip the proxy: next-intl has nothing
  // to do there, and running it cost about as much as serving the cached page (bench:pages
  // measured cached pages at 0.3–0.5 of the static 404's requests/s with it). The documents
  // library still gets it with a filter query or an internal filter path (rewriteLibrary).
  // Written out in full: Next reads the matcher statically, so it cannot use constants.
  matcher: [
    "/((?!api|_next|_vercel|files/|(?:en|fr|es|ar|zh|ru)(?:/|$)|.*\\..*).*)",
    // File-like addresses outside the site's sections get the site's 404 (strayFileRewrite); the
    // sitemap and robots.txt are routes of their own.
    "/((?!api/|_next/|_vercel/|files/|admin/|(?:en|fr|es|ar|zh|ru)(?:/|$)|robots\\.txt$|sitemap\\.xml$).*\\..*)",
    "/:locale(en|fr|es|ar|zh|ru)/documents/f/:rest*",
    { source: "/:locale(en|fr|es|ar|zh|ru)/documents", has: [{ type: "query", key: "kind" }] },
    { source: "/:locale(en|fr|es|ar|zh|ru)/documents", has: [{ type: "query", key: "language" }] },
    { source: "/:locale(en|fr|es|ar|zh|ru)/documents", has: [{ type: "query", key: "event" }] },
    { source: "/:locale(en|fr|es|ar|zh|ru)/documents", has: [{ type: "query", key: "year" }] },
    { source: "/:locale(en|fr|es|ar|zh|ru)/documents", has: [{ type: "query", key: "page" }] },
  ],
};
