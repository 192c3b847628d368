import { describe, expect, it } from "vitest";
import { agendaWarnings } from "./warnings";

const item = (en: string, startsAt: string, endsAt: string) => ({ title: { en }, startsAt, endsAt });

describe("agendaWarnings", () => {
  it("says nothing about a well-ordered agenda, back to back", () => {
    expect(agendaWarnings([item("A", "2013-10-03T10:00", "2013-10-03T11:00"), item("B", "2013-10-03T11:00", "2013-10-03T12:00"), item("C", "", "")], null)).toEqual([]);
  });

  it("warns about overlaps on the later item, naming the earlier one", () => {
    const warnings = agendaWarnings([item("Opening", "2013-10-03T10:00", "2013-10-03T11:00"), item("Panel", "2013-10-03T10:30", "2013-10-03T12:00")], null);
    expect(warnings).toEqual([{ index: 1, message: "Overlaps “Opening” (10:00–11:00)." }]);
  });

  it("warns when the order does not follow the times", () => {
    const warnings = agendaWarnings([item("B", "2013-10-03T11:00", ""), item("A", "2013-10-03T10:00", "")], null);
    expect(warnings).toEqual([{ index: 1, message: "Starts earlier than an item above it: check the order." }]);
  });

  it("warns about items outside a timed meeting's hours", () => {
    const bounds = { dayStart: "2013-10-03T00:00", dayEnd: "2013-10-04T00:00", startsAt: "2013-10-03T10:00", endsAt: "2013-10-03T13:00", label: "3 October 2013" };
    const warnings = agendaWarnings([item("Early", "2013-10-03T09:00", "2013-10-03T10:00"), item("Inside", "2013-10-03T10:00", "2013-10-03T13:00")], bounds);
    expect(warnings).toEqual([{ index: 0, message: "Outside the meeting's times (10:00–13:00)." }]);
  });
});
