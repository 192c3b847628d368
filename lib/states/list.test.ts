import { describe, expect, it } from "vitest";
import { listStateNames, matchesStateFilter } from "./list";

describe("listStateNames", () => {
  const states = [
    { isoCode: "ZW", status: "MEMBER_STATE" },
    { isoCode: "VA", status: "OBSERVER_STATE" },
    { isoCode: "CI", status: "MEMBER_STATE" },
    { isoCode: "AF", status: "MEMBER_STATE" },
  ] as const;

  it("names the states and orders them alphabetically in the requested language", () => {
    expect(listStateNames(states, "en").map((state) => state.name)).toEqual([
      "Afghanistan",
      "Côte d'Ivoire",
      "Holy See",
      "Zimbabwe",
    ]);
    expect(listStateNames(states, "fr").map((state) => state.isoCode)).toEqual(["AF", "CI", "VA", "ZW"]);
  });

  it("keeps each state's status", () => {
    expect(listStateNames(states, "en").find((state) => state.isoCode === "VA")?.status).toBe("OBSERVER_STATE");
  });
});

describe("matchesStateFilter", () => {
  it("matches regardless of case and accents", () => {
    expect(matchesStateFilter("São Tomé and Príncipe", "sao tome", "en")).toBe(true);
    expect(matchesStateFilter("Côte d'Ivoire", "COTE", "en")).toBe(true);
    expect(matchesStateFilter("Chile", "china", "en")).toBe(false);
    expect(matchesStateFilter("Chile", "  ", "en")).toBe(true);
  });
});
