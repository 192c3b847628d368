// Findability in every language (issue 6, point 6): sitemap.xml lists each public page in each
// language with its alternates; robots.txt keeps crawlers out of staff and registration pages.
import { expect, test } from "@playwright/test";
import { PUBLIC_LOCALES } from "../../lib/i18n/routing";

test("sitemap.xml lists every public page in every language with its hreflang alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const xml = await response.text();
  for (const locale of PUBLIC_LOCALES) {
    for (const path of ["", "/events", "/events/hld-2013", "/meetings/hld-2013-informal-interactive-hearings", "/documents", "/states", "/partners", "/documents/symbol/A/RES/65/170"]) {
      expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/${locale}${path.replaceAll("/", "\\/")}</loc>`, "u"));
    }
    expect(xml).toMatch(new RegExp(`<xhtml:link rel="alternate" hreflang="${locale}" href="https?://[^"]+/${locale}/events/hld-2013"`, "u"));
  }
  expect(xml).toContain('hreflang="x-default"');
  expect(xml).not.toMatch(/\/(register|registration|admin|search)\b/u);
});

test("robots.txt keeps crawlers out of the console, private API and registration pages and names the sitemap", async ({ request }) => {
  const text = await (await request.get("/robots.txt")).text();
  for (const line of ["Disallow: /admin", "Disallow: /api/", "Allow: /api/v1/", "Allow: /api/calendar/", "Allow: /api/feeds/", "Disallow: /*/registration/"]) {
    expect(text).toContain(line);
  }
  expect(text).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/mu);
});
