import { describe, expect, it } from "vitest";
import { summariseAgenda } from "./summary";

const tz = "America/New_York";

describe("summariseAgenda", () => {
  it("reads as staff see the agenda: times at the venue, title, speakers or break", () => {
    const lines = summariseAgenda(
      [
        { kind: "ITEM", title: { en: "Opening", fr: "Ouverture" }, startsAt: new Date("2013-10-03T14:00:00Z"), endsAt: new Date("2013-10-03T15:00:00Z"), speakers: [1, 2] },
        { kind: "BREAK", title: { en: "Lunch" }, startsAt: new Date("2013-10-03T16:00:00Z"), endsAt: null, speakers: [] },
        { kind: "ITEM", title: { en: "Closing" }, startsAt: null, endsAt: null, speakers: [1] },
      ],
      tz,
    );
    expect(lines).toEqual(["10:00–11:00 Opening (2 speakers)", "12:00 Lunch (break)", "Closing (1 speaker)"]);
  });

  it("adds the day when the items span several days", () => {
    const lines = summariseAgenda(
      [
        { kind: "ITEM", title: { en: "Day one" }, startsAt: new Date("2013-10-03T14:00:00Z"), endsAt: null, speakers: [] },
        { kind: "ITEM", title: { en: "Day two" }, startsAt: new Date("2013-10-04T14:00:00Z"), endsAt: null, speakers: [] },
      ],
      tz,
    );
    expect(lines).toEqual(["2013-10-03 10:00 Day one", "2013-10-04 10:00 Day two"]);
  });
});
