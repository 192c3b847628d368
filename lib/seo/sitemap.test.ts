import { describe, expect, it } from "vitest";
import { PUBLIC_LOCALES } from "@/lib/i18n/routing";
import { robotsRules } from "./robots";
import { sitemapEntries, symbolPath } from "./sitemap";

describe("sitemapEntries", () => {
  const base = "https://hld.example.org";
  const entries = sitemapEntries([{ path: "/" }, { path: "/meetings/hld-2013-plenary", lastModified: "2026-11-01T00:00:00.000Z" }], base);

  it("lists every page in every public language", () => {
    expect(entries.map((entry) => entry.url)).toEqual([
      ...PUBLIC_LOCALES.map((locale) => `${base}/${locale}`),
      ...PUBLIC_LOCALES.map((locale) => `${base}/${locale}/meetings/hld-2013-plenary`),
    ]);
  });

  it("gives each entry the page's alternates in every language and x-default", () => {
    for (const entry of entries.filter((entry) => entry.url.includes("/meetings/"))) {
      expect(entry.lastModified).toBe("2026-11-01T00:00:00.000Z");
      expect(entry.alternates?.languages).toEqual({
        ...Object.fromEntries(PUBLIC_LOCALES.map((locale) => [locale, `${base}/${locale}/meetings/hld-2013-plenary`])),
        "x-default": `${base}/en/meetings/hld-2013-plenary`,
      });
    }
  });
});

describe("symbolPath", () => {
  it("keeps the symbol's slashes as path separators and escapes the rest", () => {
    expect(symbolPath("A/RES/68/4")).toBe("/documents/symbol/A/RES/68/4");
    expect(symbolPath("A/68/190 Corr.1")).toBe("/documents/symbol/A/68/190%20Corr.1");
  });
});

describe("robotsRules", () => {
  it("keeps crawlers out of staff, private API and registration pages, and points to the sitemap", () => {
    const robots = robotsRules("https://hld.example.org");
    const rules = Array.isArray(robots.rules) ? robots.rules[0] : robots.rules;
    expect(rules?.disallow).toEqual(expect.arrayContaining(["/admin", "/api/", "/*/registration/", "/*/events/*/register", "/*/meetings/*/register"]));
    expect(rules?.allow).toEqual(expect.arrayContaining(["/api/v1/", "/api/calendar/", "/api/feeds/"]));
    expect(robots.sitemap).toBe("https://hld.example.org/sitemap.xml");
  });
});
