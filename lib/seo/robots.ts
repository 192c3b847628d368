import type { MetadataRoute } from "next";

/**
 * What crawlers may read: the public pages, the open data (API, calendars, feeds); not the staff
 * console, the other API routes, nor the registration pages (forms and personal links).
 * Crawlers apply the longest matching rule, so "Allow: /api/v1/" wins over "Disallow: /api/".
 */
export function robotsRules(base: string): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/", "/api/calendar/", "/api/feeds/"],
      disallow: ["/admin", "/api/", "/*/registration/", "/*/events/*/register", "/*/meetings/*/register"],
    },
    sitemap: `${base}/sitemap.xml`,
  };
}
