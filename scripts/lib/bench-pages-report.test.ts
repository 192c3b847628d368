import { describe, expect, it } from "vitest";
import { checksFor, formatLoadTable, formatScriptsTable, JS_BUDGET_BYTES, readPagesOptions, referenceRate, type LoadFigures, type PagesFigures } from "./bench-pages-report";
import { scriptsOf } from "./bench-scripts";

function run(name: string, requestsPerSecond: number, overrides: Partial<LoadFigures> = {}): LoadFigures {
  return { name, path: `/${name}`, expectedStatus: 200, requestsPerSecond, p50Ms: 10, p99Ms: 40, requests: requestsPerSecond * 10, failures: 0, cache: "HIT", ...overrides };
}

function figures(pages: LoadFigures[], scriptBytes = [50 * 1024]): PagesFigures {
  return {
    startedAt: "2026-11-22T16:00:00.000Z",
    origin: "http://127.0.0.1:1",
    options: { duration: 10, connections: 20 },
    reference: [run("404 before", 1000, { expectedStatus: 404, cache: "" }), run("404 after", 800, { expectedStatus: 404, cache: "" })],
    pages,
    scripts: scriptBytes.map((gzipBytes, index) => ({ name: `page ${index}`, path: `/en/${index}`, status: 200, gzipBytes, scripts: 3, inlineGzipBytes: 1024, frameworkGzipBytes: 40 * 1024 })),
  };
}

const failedNames = (all: PagesFigures) => checksFor(all).filter((check) => !check.passed).map((check) => check.name);

describe("checksFor", () => {
  it("compares each page with the mean of the two 404 runs, at 0.9", () => {
    const all = figures([run("home", 810), run("states", 809)]);
    expect(referenceRate(all)).toBe(900);
    expect(failedNames(all)).toEqual(["states: ≥ 0.9 × the 404's requests/s"]);
  });

  it("fails a run with failed answers and a page over the JavaScript budget", () => {
    const all = figures([run("home", 2000, { failures: 3 })], [JS_BUDGET_BYTES, JS_BUDGET_BYTES + 1]);
    expect(failedNames(all)).toEqual(["home: every answer 200", "page 1: JavaScript ≤ 100.0 KiB gzipped"]);
  });

  it("fails a page that did not answer 200 and a run without requests", () => {
    const all = figures([run("home", 0, { requests: 0 })]);
    all.scripts[0] = { ...all.scripts[0]!, status: 404 };
    expect(failedNames(all)).toEqual(["home: every answer 200", "home: ≥ 0.9 × the 404's requests/s", "page 0: JavaScript ≤ 100.0 KiB gzipped"]);
  });

  it("compares a page with its neighbouring 404 runs when it has them", () => {
    const all = figures([run("home", 500, { referenceRequestsPerSecond: 600 }), run("states", 500, { referenceRequestsPerSecond: 500 })]);
    expect(failedNames(all)).toEqual(["home: ≥ 0.9 × the 404's requests/s"]);
    expect(formatLoadTable(all)).toMatch(/states\s+500\s+1\.00/u);
  });

  it("passes when every target is met", () => {
    expect(failedNames(figures([run("home", 950), run("meeting", 2000)]))).toEqual([]);
  });
});

describe("tables", () => {
  it("prints the ratio to the 404 and the KiB per page", () => {
    const all = figures([run("home", 450)]);
    expect(formatLoadTable(all)).toMatch(/home\s+450\s+0\.50\s+10\s+40\s+4500\s+0\s+HIT/u);
    expect(formatLoadTable(all)).toMatch(/404 before\s+1000\s+\(reference\)/u);
    expect(formatScriptsTable(all)).toMatch(/page 0\s+200\s+3\s+50\.0\s+40\.0\s+10\.0\s+1\.0/u);
  });
});

describe("readPagesOptions", () => {
  it("defaults to 10 s and 20 connections and bounds them", () => {
    expect(readPagesOptions([])).toEqual({ duration: 10, connections: 20, json: undefined });
    expect(readPagesOptions(["--duration", "3", "--json", "/tmp/x.json"])).toMatchObject({ duration: 3, json: "/tmp/x.json" });
    expect(() => readPagesOptions(["--duration", "0"])).toThrow(/--duration/u);
    expect(() => readPagesOptions(["--connections", "many"])).toThrow(/--connections/u);
  });
});

describe("scriptsOf", () => {
  it("lists each executable script once and keeps inline bodies, skipping data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script src='/_next/static/chunks/b.js?x=1&amp;y=2'></script>",
      '<script src="/_next/static/chunks/a.js"></script>',
      "<script>self.__next_f.push([1,\"x\"])</script>",
      '<script type="application/ld+json">{"@type":"Event"}</script>',
      '<script type="module" src="/m.js"></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      "<script> </script>",
    ].join("");
    expect(scriptsOf(html)).toEqual({
      sources: ["/_next/static/chunks/a.js", "/_next/static/chunks/b.js?x=1&y=2", "/m.js"],
      inline: ['self.__next_f.push([1,"x"])'],
    });
  });
});
