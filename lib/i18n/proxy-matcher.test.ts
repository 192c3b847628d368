import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { describe, expect, it, vi } from "vitest";
import { config } from "@/proxy";

// Only the matcher is under test; next-intl's middleware cannot load outside Next's bundler.
vi.mock("next-intl/middleware", () => ({ default: () => () => undefined }));

function runsFor(path: string): boolean {
  return unstable_doesMiddlewareMatch({ config, url: path });
}

describe("proxy matcher", () => {
  it("leaves the stable document downloads alone, so /files/… is never redirected to a locale", () => {
    expect(runsFor("/files/cmabc123/fr")).toBe(false);
    expect(runsFor("/files/cmabc123/ar?download=1")).toBe(false);
  });

  it("still runs for addresses without a language and for paths that merely start with files", () => {
    expect(runsFor("/")).toBe(true);
    expect(runsFor("/events")).toBe(true);
    expect(runsFor("/filesystem")).toBe(true);
    expect(runsFor("/admin/documents")).toBe(true);
    expect(runsFor("/de/states")).toBe(true);
  });

  it("skips addresses that already name a language (cached pages), except filtered documents", () => {
    expect(runsFor("/en")).toBe(false);
    expect(runsFor("/ar/states")).toBe(false);
    expect(runsFor("/en/meetings/hld-2013-plenary")).toBe(false);
    expect(runsFor("/en/documents")).toBe(false);
    expect(runsFor("/en/documents?utm_source=mail")).toBe(false);
    expect(runsFor("/en/files/cmabc123/fr")).toBe(false);
    expect(runsFor("/en/documents?kind=REPORT")).toBe(true);
    expect(runsFor("/fr/documents?page=2")).toBe(true);
    expect(runsFor("/en/documents/f/REPORT/-/-/-/1")).toBe(true);
    expect(runsFor("/english/x")).toBe(true);
  });

  it("skips API routes and Next's assets", () => {
    expect(runsFor("/api/admin/documents/x/files/en")).toBe(false);
    expect(runsFor("/_next/static/chunk.js")).toBe(false);
  });

  it("runs for file-like addresses outside the site's sections (to give them the site's 404), never for the sitemap or robots.txt", () => {
    expect(runsFor("/favicon.ico")).toBe(true);
    expect(runsFor("/no-such-page.html")).toBe(true);
    expect(runsFor("/wp-admin/setup.php")).toBe(true);
    expect(runsFor("/robots.txt")).toBe(false);
    expect(runsFor("/sitemap.xml")).toBe(false);
    expect(runsFor("/en/no-such-page.html")).toBe(false);
    expect(runsFor("/admin/x.png")).toBe(false);
    expect(runsFor("/_next/static/chunks/x.js")).toBe(false);
    expect(runsFor("/api/feeds/en/atom.xml")).toBe(false);
    expect(runsFor("/files/cmabc123/fr.pdf")).toBe(false);
  });
});
