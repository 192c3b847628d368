import { describe, expect, it } from "vitest";
import { agendaBounds } from "./bounds";

const tz = "America/New_York";

describe("agendaBounds", () => {
  it("is null for an undated meeting", () => {
    expect(agendaBounds({ startsAt: null, endsAt: null, allDay: false, timeZone: tz })).toBeNull();
  });

  it("gives a timed meeting its day at the venue and its own hours", () => {
    const bounds = agendaBounds({ startsAt: new Date("2013-10-03T14:00:00Z"), endsAt: new Date("2013-10-03T17:00:00Z"), allDay: false, timeZone: tz });
    expect(bounds).toEqual({
      dayStart: "2013-10-03T00:00",
      dayEnd: "2013-10-04T00:00",
      startsAt: "2013-10-03T10:00",
      endsAt: "2013-10-03T13:00",
      label: "3 October 2013",
    });
  });

  it("reads an all-day meeting's exclusive end as the midnight after its last day", () => {
    // 3–4 October 2013, stored as the local midnights 3 Oct 00:00 and 5 Oct 00:00 (EDT).
    const bounds = agendaBounds({ startsAt: new Date("2013-10-03T04:00:00Z"), endsAt: new Date("2013-10-05T04:00:00Z"), allDay: true, timeZone: tz });
    expect(bounds).toMatchObject({ dayStart: "2013-10-03T00:00", dayEnd: "2013-10-05T00:00", startsAt: null, endsAt: null });
    expect(bounds?.label).toMatch(/^3\D+4 October 2013$/u);
  });
});
