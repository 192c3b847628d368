// The sitemap protocol's XML (sitemaps.org 0.9) with Google's hreflang extension
// (<xhtml:link rel="alternate" hreflang>): the same document Next writes for app/sitemap.ts, made
// here because the sitemap is served by a cached route handler (app/api/seo/[file]/route.ts)
// rather than Next's metadata route, which could only be prerendered at build (no database there)
// or rendered per request. xmlbuilder2 escapes every value.
import type { MetadataRoute } from "next";
import { create } from "xmlbuilder2";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

function isoDate(value: string | Date): string {
  return (typeof value === "string" ? new Date(value) : value).toISOString();
}

export function sitemapXml(entries: MetadataRoute.Sitemap): string {
  const urlset = create({ version: "1.0", encoding: "UTF-8" }).ele(SITEMAP_NS, "urlset").att("xmlns:xhtml", XHTML_NS);
  for (const entry of entries) {
    const url = urlset.ele(SITEMAP_NS, "url");
    url.ele(SITEMAP_NS, "loc").txt(entry.url);
    for (const [hreflang, href] of Object.entries(entry.alternates?.languages ?? {})) {
      if (typeof href !== "string") continue;
      url.ele(XHTML_NS, "xhtml:link").att("rel", "alternate").att("hreflang", hreflang).att("href", href);
    }
    if (entry.lastModified !== undefined) url.ele(SITEMAP_NS, "lastmod").txt(isoDate(entry.lastModified));
  }
  return urlset.end({ prettyPrint: false });
}
