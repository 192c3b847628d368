import { describe, expect, it } from "vitest";
import { outcomeSummary, refusalLines, toOutcome } from "./decision-outcome";

describe("decision outcomes", () => {
  it("counts what was done and what was refused, per organisation", () => {
    const outcome = toOutcome({ approved: ["a", "b"], refused: [{ id: "c", organisation: "Open Borders", reason: "No place left." }] });
    expect(outcomeSummary("approve", outcome)).toBe("2 approved; 1 refused");
    expect(refusalLines(outcome)).toEqual(["Open Borders: No place left."]);
  });

  it("says 0 when nothing happened and nothing was refused", () => {
    expect(outcomeSummary("waitlist", toOutcome({ waitlisted: [] }))).toBe("0 waitlisted");
  });

  it("leaves out the count when everything was refused", () => {
    expect(outcomeSummary("decline", toOutcome({ declined: [], refused: [{ id: "x", organisation: "O", reason: "r" }] }))).toBe("1 refused");
  });

  it("tolerates a malformed result", () => {
    expect(toOutcome(null)).toEqual({ done: [], refused: [] });
  });
});
