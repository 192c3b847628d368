import { describe, expect, it } from "vitest";
import { allDayBounds, calendarDay, localMidnight, nextDay } from "./dates";

describe("all-day bounds in a venue's time zone", () => {
  it("uses EDT in summer and EST in winter for New York", () => {
    expect(localMidnight("2012-10-12", "America/New_York").toISOString()).toBe("2012-10-12T04:00:00.000Z");
    expect(localMidnight("2013-01-24", "America/New_York").toISOString()).toBe("2013-01-24T05:00:00.000Z");
  });

  it("ends at the next local midnight, across a DST change", () => {
    // 2013-03-10 is the spring-forward day in New York: 23 hours long.
    const { startsAt, endsAt } = allDayBounds("2013-03-10", "America/New_York");
    expect(startsAt.toISOString()).toBe("2013-03-10T05:00:00.000Z");
    expect(endsAt.toISOString()).toBe("2013-03-11T04:00:00.000Z");
  });

  it("works east of UTC too", () => {
    expect(localMidnight("2013-06-07", "Europe/Zurich").toISOString()).toBe("2013-06-06T22:00:00.000Z");
  });

  it("handles month and year ends and rejects malformed days", () => {
    expect(nextDay("2012-12-31")).toBe("2013-01-01");
    expect(calendarDay("2013-10-03").toISOString()).toBe("2013-10-03T00:00:00.000Z");
    expect(() => localMidnight("3 October 2013", "America/New_York")).toThrow(RangeError);
  });
});
