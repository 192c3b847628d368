import { describe, expect, it } from "vitest";
import { dayFilter, defineListParams, enumFilter, idFilter, intFilter, withTableState } from "./list-params";

const list = defineListParams({
  sortColumns: ["startsAt", "status"],
  defaultSort: "startsAt",
  defaultDir: "desc",
  filters: { status: enumFilter(["DRAFT", "PUBLISHED"]), from: dayFilter, event: idFilter, year: intFilter(1900, 2100) },
});

describe("defineListParams", () => {
  it("gives the defaults for an empty query", () => {
    expect(list.parse({})).toEqual({ page: 1, size: 25, sort: "startsAt", dir: "desc", q: "", status: undefined, from: undefined, event: undefined, year: undefined });
  });

  it("parses valid state and filters", () => {
    const params = list.parse({ page: "3", size: "50", sort: "status", dir: "asc", q: " roundtable ", status: "DRAFT", from: "2013-10-03", event: "cm1234567890abcdefghijkl", year: "2013" });
    expect(params).toMatchObject({ page: 3, size: 50, sort: "status", dir: "asc", q: "roundtable", status: "DRAFT", from: "2013-10-03", year: 2013 });
  });

  it("falls back to defaults for anything malformed, never throwing", () => {
    const params = list.parse({ page: "-1", size: "7", sort: "password_hash", dir: "sideways", status: "DELETED", from: "2013-02-30", event: "'; drop", year: "99999" });
    expect(params).toMatchObject({ page: 1, size: 25, sort: "startsAt", dir: "desc", status: undefined, from: undefined, event: undefined, year: undefined });
  });

  it("takes the first of repeated params and ignores blank filters", () => {
    expect(list.parse({ status: ["PUBLISHED", "DRAFT"], from: "" })).toMatchObject({ status: "PUBLISHED", from: undefined });
  });

  it("writes short links: defaults omitted, filters kept", () => {
    expect(list.toQuery(list.parse({}))).toBe("");
    expect(list.toQuery(list.parse({ page: "2", status: "DRAFT", q: "a&b" }))).toBe("?page=2&q=a%26b&status=DRAFT");
  });

  it("round-trips through its own links", () => {
    const params = list.parse({ page: "2", size: "10", sort: "status", dir: "asc", q: "x", status: "DRAFT", year: "2006" });
    expect(list.parse(new URLSearchParams(list.toQuery(params).slice(1)))).toEqual(params);
  });

  it("says whether a list is filtered", () => {
    expect(list.isFiltered(list.parse({ sort: "status" }))).toBe(false);
    expect(list.isFiltered(list.parse({ status: "DRAFT" }))).toBe(true);
    expect(list.isFiltered(list.parse({ q: "hld" }))).toBe(true);
  });
});

describe("withTableState", () => {
  it("applies the table's paging and sorting but keeps filters, refusing unknown columns and sizes", () => {
    const params = list.parse({ status: "DRAFT", q: "x" });
    expect(withTableState(params, { page: 2, size: 50, sort: "status", dir: "asc" }, list.sortColumns)).toMatchObject({ page: 2, size: 50, sort: "status", dir: "asc", status: "DRAFT", q: "x" });
    expect(withTableState(params, { page: 1, size: 13, sort: "evil", dir: "asc" }, list.sortColumns)).toMatchObject({ size: 25, sort: "startsAt" });
  });
});
