import { describe, expect, it } from "vitest";
import { parseSearchParams, searchQueryString, symbolKey } from "./schemas";

describe("parseSearchParams", () => {
  it("reads every parameter", () => {
    const { params, problems } = parseSearchParams({ q: "  migration   policy ", type: "document", language: "FR", event: "hld-2013", year: "2013", page: "3" });
    expect(params).toEqual({ q: "migration policy", type: "DOCUMENT", language: "fr", event: "hld-2013", year: 2013, page: 3 });
    expect(problems).toEqual([]);
  });

  it("drops a bad filter with a notice and keeps the rest", () => {
    const { params, problems } = parseSearchParams({ q: "x", type: "PERSON", year: "13", page: "0", language: "de" });
    expect(params).toMatchObject({ q: "x", type: null, year: null, language: null, page: 1 });
    expect(problems).toEqual(["badFilter"]);
  });

  it("refuses a query that is too long, and one without letters or digits", () => {
    expect(parseSearchParams({ q: "a".repeat(201) })).toMatchObject({ params: { q: "" }, problems: ["tooLong"] });
    expect(parseSearchParams({ q: "!!! ---" })).toMatchObject({ params: { q: "" }, problems: ["noTerms"] });
  });

  it("removes control and marker characters, takes the first of repeated values", () => {
    expect(parseSearchParams({ q: ["a\u0000b\uE000c", "other"] }).params.q).toBe("a bc");
  });

  it("refuses pages beyond the last allowed one", () => {
    expect(parseSearchParams({ page: "101" })).toMatchObject({ params: { page: 1 }, problems: ["badFilter"] });
  });
});

describe("searchQueryString", () => {
  it("keeps only what is set and overrides the page", () => {
    const { params } = parseSearchParams({ q: "a b", event: "hld-2013" });
    expect(searchQueryString(params, { page: 2 })).toBe("q=a+b&event=hld-2013&page=2");
  });
});

describe("symbolKey", () => {
  it("recognises full and partial UN symbols", () => {
    expect(symbolKey("A/67/254")).toBe("A/67/254");
    expect(symbolKey("a/res/68")).toBe("A/RES/68");
    expect(symbolKey("E/CN.9/2013/3")).toBe("E/CN.9/2013/3");
    expect(symbolKey("A/")).toBe("A/");
  });

  it("leaves words alone", () => {
    expect(symbolKey("migration")).toBeNull();
    expect(symbolKey("migration and/or development")).toBeNull();
    expect(symbolKey("67/254")).toBeNull();
  });
});
