import { describe, expect, it } from "vitest";
import { describeCountdown, describeVenueTime } from "./format";

describe("describeVenueTime", () => {
  it("shows the instant at the venue", () => {
    expect(describeVenueTime(new Date("2026-12-03T15:00:00Z"), "America/New_York")).toBe("3 December 2026, 10:00");
    expect(describeVenueTime(new Date("2026-12-03T15:00:00Z"), "Asia/Tokyo")).toBe("4 December 2026, 00:00");
  });
});

describe("describeCountdown", () => {
  it("says how long until publication", () => {
    expect(describeCountdown(-5000)).toBe("within a minute");
    expect(describeCountdown(30_000)).toBe("within a minute");
    expect(describeCountdown(61_000)).toBe("in 2 minutes");
    expect(describeCountdown(59 * 60_000)).toBe("in 59 minutes");
    expect(describeCountdown(60 * 60_000)).toBe("in 1 hour");
    expect(describeCountdown(125 * 60_000)).toBe("in 2 hours 5 minutes");
    expect(describeCountdown((3 * 24 + 4) * 3_600_000)).toBe("in 3 days 4 hours");
  });
});
