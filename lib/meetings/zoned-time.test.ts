import { describe, expect, it } from "vitest";
import { addDays, describeWhen, instantToZoned, isRealLocalValue, zonedToInstant } from "./zoned-time";

describe("zoned time", () => {
  it("reads venue wall-clock times in their zone, summer and winter", () => {
    expect(zonedToInstant("2013-10-03T10:00", "America/New_York").toISOString()).toBe("2013-10-03T14:00:00.000Z");
    expect(zonedToInstant("2013-01-24T10:00", "America/New_York").toISOString()).toBe("2013-01-24T15:00:00.000Z");
    expect(zonedToInstant("2013-06-07", "Europe/Zurich").toISOString()).toBe("2013-06-06T22:00:00.000Z");
  });

  it("round-trips instants to the venue's wall clock", () => {
    const instant = new Date("2006-09-14T13:30:00Z");
    expect(instantToZoned(instant, "America/New_York")).toBe("2006-09-14T09:30");
    expect(zonedToInstant(instantToZoned(instant, "America/New_York"), "America/New_York")).toEqual(instant);
  });

  it("handles the days daylight saving time starts and ends", () => {
    expect(zonedToInstant("2013-03-10", "America/New_York").toISOString()).toBe("2013-03-10T05:00:00.000Z");
    expect(zonedToInstant("2013-03-11", "America/New_York").toISOString()).toBe("2013-03-11T04:00:00.000Z");
    expect(zonedToInstant("2013-11-03T12:00", "America/New_York").toISOString()).toBe("2013-11-03T17:00:00.000Z");
  });

  it("rejects impossible dates and malformed values", () => {
    expect(isRealLocalValue("2013-02-30")).toBe(false);
    expect(isRealLocalValue("2013-02-28T24:00")).toBe(false);
    expect(isRealLocalValue("2013-2-28")).toBe(false);
    expect(isRealLocalValue("2013-02-28T23:59")).toBe(true);
    expect(() => zonedToInstant("yesterday", "America/New_York")).toThrow(RangeError);
  });

  it("adds calendar days across month ends", () => {
    expect(addDays("2013-01-31", 1)).toBe("2013-02-01");
    expect(addDays("2013-03-01", -1)).toBe("2013-02-28");
  });
});

describe("describeWhen", () => {
  it("describes undated, all-day, multi-day and timed meetings at the venue", () => {
    expect(describeWhen(null, null, false, "America/New_York")).toBe("—");
    expect(describeWhen(new Date("2013-06-07T04:00:00Z"), new Date("2013-06-08T04:00:00Z"), true, "America/New_York")).toBe("7 Jun 2013");
    // ICU versions differ on "Sep"/"Sept".
    expect(describeWhen(new Date("2006-09-14T04:00:00Z"), new Date("2006-09-16T04:00:00Z"), true, "America/New_York")).toMatch(
      /^14 Sept? 2006 – 15 Sept? 2006$/u,
    );
    expect(describeWhen(new Date("2013-10-03T14:00:00Z"), new Date("2013-10-03T17:00:00Z"), false, "America/New_York")).toBe(
      "3 Oct 2013, 10:00–13:00",
    );
  });
});
