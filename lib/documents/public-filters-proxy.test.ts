// What proxy.ts answers for the documents library's addresses (the rest of the proxy is next-intl's).
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

// next-intl's middleware cannot load outside Next's bundler; "passed on" is what it would get.
vi.mock("next-intl/middleware", () => ({ default: () => () => "passed on to next-intl" }));

function rewriteOf(path: string): string | null | "passed on" | "served as is" {
  const response = proxy(new NextRequest(new URL(path, "http://127.0.0.1:3000")));
  if ((response as unknown) === "passed on to next-intl") return "passed on";
  const target = response.headers.get("x-middleware-rewrite");
  if (target) return new URL(target).pathname;
  return response.headers.get("x-middleware-next") === "1" ? "served as is" : null;
}

describe("proxy: file-like addresses outside the site", () => {
  it("rewrites them under the default language, where no page matches and the site's 404 answers", () => {
    expect(rewriteOf("/no-such-page.html")).toBe("/en/no-such-page.html");
    expect(rewriteOf("/favicon.ico")).toBe("/en/favicon.ico");
    expect(rewriteOf("/wp-admin/setup.php")).toBe("/en/wp-admin/setup.php");
  });
});

describe("proxy: documents library filters", () => {
  it("rewrites a valid filter query to its canonical cached page", () => {
    expect(rewriteOf("/fr/documents?language=AR&kind=resolution")).toBe("/fr/documents/f/RESOLUTION/ar/-/-/1");
    expect(rewriteOf("/en/documents?event=hld-2013&year=2013&page=2")).toBe("/en/documents/f/-/-/hld-2013/2013/2");
  });

  it("sends invalid filters and non-canonical internal paths to the one 404 path", () => {
    expect(rewriteOf("/en/documents?kind=MEMO")).toBe("/en/documents/f/invalid");
    expect(rewriteOf("/en/documents?page=-1")).toBe("/en/documents/f/invalid");
    expect(rewriteOf("/en/documents/f/report/-/-/-/1")).toBe("/en/documents/f/invalid");
    expect(rewriteOf("/en/documents/f/anything/else")).toBe("/en/documents/f/invalid");
  });

  it("serves the plain page and canonical paths as they are, without next-intl (no hreflang Link to an internal path)", () => {
    expect(rewriteOf("/en/documents")).toBe("served as is");
    expect(rewriteOf("/en/documents?utm_source=mail")).toBe("served as is");
    expect(rewriteOf("/en/documents/f/REPORT/-/-/-/1")).toBe("served as is");
    expect(rewriteOf("/en/documents/f/invalid")).toBe("served as is");
  });

  it("leaves other pages, and addresses without a language, to next-intl", () => {
    expect(rewriteOf("/en/documents/symbol/A/RES/68/4")).toBe("passed on");
    expect(rewriteOf("/documents?kind=REPORT")).toBe("passed on");
    expect(rewriteOf("/en/events?kind=MEMO")).toBe("passed on");
  });
});
