import { describe, expect, it } from "vitest";
import { NO_FILTERS, libraryHref, libraryPathSegments, libraryRewrite, parseLibraryPath, parseLibraryQuery } from "./public-filters";

const query = (value: string) => new URLSearchParams(value);

describe("parseLibraryQuery", () => {
  it("reads every filter and normalises their spelling", () => {
    expect(parseLibraryQuery(query("kind=report&language=FR&event=HLD-2013&year=2013&page=2"))).toEqual({
      kind: "REPORT",
      language: "fr",
      event: "hld-2013",
      year: 2013,
      page: 2,
    });
  });

  it("treats the form's empty choices and unrelated parameters as no filter", () => {
    expect(parseLibraryQuery(query("kind=&language=&event=&year=&utm_source=mail"))).toEqual(NO_FILTERS);
  });

  it.each([
    ["an unknown kind", "kind=MEMO"],
    ["a language that is not a UN language", "language=de"],
    ["an event that is not a slug", "event=hld_2013"],
    ["a year outside the library", "year=1066"],
    ["a year that is not four digits", "year=13"],
    ["page zero", "page=0"],
    ["a page past the bound", "page=1001"],
    ["a fractional page", "page=1.5"],
    ["a filter given twice", "kind=REPORT&kind=AGENDA"],
  ])("rejects %s", (_name, value) => {
    expect(parseLibraryQuery(query(value))).toBeNull();
  });
});

describe("canonical paths", () => {
  it("spells each combination once, with - for any, and reads it back", () => {
    const filters = { kind: "REPORT" as const, language: null, event: "hld-2013", year: null, page: 3 };
    const segments = libraryPathSegments(filters);
    expect(segments).toEqual(["REPORT", "-", "hld-2013", "-", "3"]);
    expect(parseLibraryPath(segments)).toEqual(filters);
  });

  it("refuses any other spelling of the same filters, so a hand-made path cannot add a cache entry", () => {
    expect(parseLibraryPath(["report", "-", "-", "-", "1"])).toBeNull();
    expect(parseLibraryPath(["REPORT", "-", "-", "-", "01"])).toBeNull();
    expect(parseLibraryPath(["REPORT", "-", "-", "-"])).toBeNull();
    expect(parseLibraryPath(["REPORT", "-", "-", "-", "1", "x"])).toBeNull();
    // No filter at all is the plain /documents page, not a second copy of it.
    expect(parseLibraryPath(["-", "-", "-", "-", "1"])).toBeNull();
    expect(parseLibraryPath(["invalid"])).toBeNull();
  });
});

describe("libraryRewrite (what the proxy does with /{locale}/documents?…)", () => {
  it("leaves the plain page alone", () => {
    expect(libraryRewrite("en", query(""))).toBeNull();
    expect(libraryRewrite("en", query("utm_source=mail"))).toBeNull();
  });

  it("sends two spellings of the same filters to the same canonical page", () => {
    const expected = { path: "/fr/documents/f/REPORT/fr/hld-2013/2013/2" };
    expect(libraryRewrite("fr", query("kind=REPORT&language=fr&event=hld-2013&year=2013&page=2"))).toEqual(expected);
    expect(libraryRewrite("fr", query("page=2&year=2013&event=hld-2013&language=FR&kind=report&utm_source=x"))).toEqual(expected);
  });

  it("serves empty filters as the plain page and refuses invalid ones", () => {
    expect(libraryRewrite("en", query("kind=&page=1"))).toEqual({ path: "/en/documents" });
    expect(libraryRewrite("en", query("kind=MEMO"))).toEqual({ notFound: true });
  });
});

describe("libraryHref", () => {
  it("writes the public address in a fixed order, page 1 implied", () => {
    expect(libraryHref(NO_FILTERS)).toBe("/documents");
    expect(libraryHref({ kind: "RESOLUTION", language: "ar", event: null, year: 2013, page: 1 })).toBe("/documents?kind=RESOLUTION&language=ar&year=2013");
    expect(libraryHref({ ...NO_FILTERS, page: 2 })).toBe("/documents?page=2");
  });
});
