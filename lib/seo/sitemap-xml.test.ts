import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { sitemapEntries } from "./sitemap";
import { sitemapXml } from "./sitemap-xml";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";

describe("sitemapXml", () => {
  const base = "https://hld.example.org";
  const xml = sitemapXml(
    sitemapEntries([{ path: "/" }, { path: "/documents/symbol/A/68/190%20Corr.1?x=1&y=<2>", lastModified: "2026-11-01T00:00:00.000Z" }], base),
  );
  const document = new DOMParser().parseFromString(xml, "application/xml");

  it("is a sitemaps.org urlset with one url per page and language", () => {
    expect(document.documentElement?.namespaceURI).toBe(SITEMAP_NS);
    expect(document.documentElement?.localName).toBe("urlset");
    const locs = Array.from(document.getElementsByTagNameNS(SITEMAP_NS, "loc")).map((loc) => loc.textContent);
    expect(locs).toHaveLength(12);
    expect(locs).toContain(`${base}/ar`);
    // Values are escaped, not spliced: the address reads back exactly.
    expect(locs).toContain(`${base}/fr/documents/symbol/A/68/190%20Corr.1?x=1&y=<2>`);
  });

  it("lists each page's language alternates as xhtml:link and its last modification", () => {
    const url = Array.from(document.getElementsByTagNameNS(SITEMAP_NS, "url")).find((node) =>
      node.getElementsByTagNameNS(SITEMAP_NS, "loc")[0]?.textContent?.startsWith(`${base}/zh/documents`),
    );
    const links = Array.from(url?.getElementsByTagNameNS(XHTML_NS, "link") ?? []).map((link) => [link.getAttribute("hreflang"), link.getAttribute("rel")]);
    expect(links).toEqual(expect.arrayContaining([["ar", "alternate"], ["ru", "alternate"], ["x-default", "alternate"]]));
    expect(links).toHaveLength(7);
    expect(url?.getElementsByTagNameNS(SITEMAP_NS, "lastmod")[0]?.textContent).toBe("2026-11-01T00:00:00.000Z");
  });
});
