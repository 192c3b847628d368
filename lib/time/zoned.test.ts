import { describe, expect, it } from "vitest";
import { addDays, allDayBounds, calendarDay, instantToZoned, isRealLocalValue, zonedToInstant } from "./zoned";

describe("zoned time", () => {
  it("reads venue wall-clock times in their zone, summer and winter", () => {
    expect(zonedToInstant("2013-10-03T10:00", "America/New_York").toISOString()).toBe("2013-10-03T14:00:00.000Z");
    expect(zonedToInstant("2013-01-24T10:00", "America/New_York").toISOString()).toBe("2013-01-24T15:00:00.000Z");
  });

  it("reads a day as its local midnight: EDT in summer, EST in winter, and east of UTC", () => {
    expect(zonedToInstant("2012-10-12", "America/New_York").toISOString()).toBe("2012-10-12T04:00:00.000Z");
    expect(zonedToInstant("2013-01-24", "America/New_York").toISOString()).toBe("2013-01-24T05:00:00.000Z");
    expect(zonedToInstant("2013-06-07", "Europe/Zurich").toISOString()).toBe("2013-06-06T22:00:00.000Z");
  });

  it("round-trips instants to the venue's wall clock", () => {
    const instant = new Date("2006-09-14T13:30:00Z");
    expect(instantToZoned(instant, "America/New_York")).toBe("2006-09-14T09:30");
    expect(zonedToInstant(instantToZoned(instant, "America/New_York"), "America/New_York")).toEqual(instant);
    expect(instantToZoned(new Date("2013-06-06T22:00:00Z"), "Europe/Zurich")).toBe("2013-06-07T00:00");
  });

  it("handles the days daylight saving time starts and ends", () => {
    expect(zonedToInstant("2013-03-10", "America/New_York").toISOString()).toBe("2013-03-10T05:00:00.000Z");
    expect(zonedToInstant("2013-03-11", "America/New_York").toISOString()).toBe("2013-03-11T04:00:00.000Z");
    expect(zonedToInstant("2013-11-03T12:00", "America/New_York").toISOString()).toBe("2013-11-03T17:00:00.000Z");
  });

  it("reads a time skipped by spring-forward with the offset before the gap, landing just after it", () => {
    // New York, 10 March 2013: 02:00 EST became 03:00 EDT, so 02:30 means 03:30 EDT.
    expect(zonedToInstant("2013-03-10T02:30", "America/New_York").toISOString()).toBe("2013-03-10T07:30:00.000Z");
    // Zurich, 31 March 2013: 02:00 CET became 03:00 CEST, so 02:30 means 03:30 CEST.
    expect(zonedToInstant("2013-03-31T02:30", "Europe/Zurich").toISOString()).toBe("2013-03-31T01:30:00.000Z");
  });

  it("reads a time repeated by fall-back as its first occurrence, west and east of UTC", () => {
    // New York, 3 November 2013: 01:30 happened in EDT, then again in EST.
    expect(zonedToInstant("2013-11-03T01:30", "America/New_York").toISOString()).toBe("2013-11-03T05:30:00.000Z");
    // Zurich, 27 October 2013: 02:30 happened in CEST, then again in CET.
    expect(zonedToInstant("2013-10-27T02:30", "Europe/Zurich").toISOString()).toBe("2013-10-27T00:30:00.000Z");
  });

  it("rejects impossible dates, malformed values and unknown zones", () => {
    expect(isRealLocalValue("2013-02-30")).toBe(false);
    expect(isRealLocalValue("2013-02-28T24:00")).toBe(false);
    expect(isRealLocalValue("2013-2-28")).toBe(false);
    expect(isRealLocalValue("2013-02-28T23:59")).toBe(true);
    expect(() => zonedToInstant("yesterday", "America/New_York")).toThrow(RangeError);
    expect(() => zonedToInstant("3 October 2013", "America/New_York")).toThrow(RangeError);
    expect(() => zonedToInstant("2013-10-03", "Not/A_Zone")).toThrow(RangeError);
    expect(() => instantToZoned(new Date("2013-10-03T14:00:00Z"), "Not/A_Zone")).toThrow(RangeError);
  });

  it("adds calendar days across month and year ends", () => {
    expect(addDays("2013-01-31", 1)).toBe("2013-02-01");
    expect(addDays("2013-03-01", -1)).toBe("2013-02-28");
    expect(addDays("2012-12-31", 1)).toBe("2013-01-01");
  });
});

describe("all-day bounds in a venue's time zone", () => {
  it("ends at the next local midnight, across a DST change", () => {
    // 2013-03-10 is the spring-forward day in New York: 23 hours long.
    const { startsAt, endsAt } = allDayBounds("2013-03-10", "America/New_York");
    expect(startsAt.toISOString()).toBe("2013-03-10T05:00:00.000Z");
    expect(endsAt.toISOString()).toBe("2013-03-11T04:00:00.000Z");
  });

  it("starts a day whose midnight is skipped at its first instant", () => {
    // São Paulo, 20 October 2013: clocks went from 00:00 straight to 01:00 (BRST, -02:00).
    const { startsAt, endsAt } = allDayBounds("2013-10-20", "America/Sao_Paulo");
    expect(startsAt.toISOString()).toBe("2013-10-20T03:00:00.000Z");
    expect(instantToZoned(startsAt, "America/Sao_Paulo")).toBe("2013-10-20T01:00");
    expect(endsAt.toISOString()).toBe("2013-10-21T02:00:00.000Z");
  });

  it("takes only a day", () => {
    expect(() => allDayBounds("2013-10-03T10:00", "America/New_York")).toThrow(/Not a calendar day/);
  });

  it("writes calendar days as UTC midnights and rejects malformed days", () => {
    expect(calendarDay("2013-10-03").toISOString()).toBe("2013-10-03T00:00:00.000Z");
    expect(() => calendarDay("3 October 2013")).toThrow(RangeError);
    expect(() => calendarDay("2013-02-30")).toThrow(RangeError);
  });
});
