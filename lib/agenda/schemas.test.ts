import { describe, expect, it } from "vitest";
import type { AgendaBounds } from "./bounds";
import { agendaFormSchema, emptyAgendaItem, emptyAgendaSpeaker, itemTimeIssues } from "./schemas";

const day: AgendaBounds = { dayStart: "2013-10-03T00:00", dayEnd: "2013-10-04T00:00", startsAt: null, endsAt: null, label: "3 October 2013" };
const meetingId = "c".repeat(25);

describe("itemTimeIssues", () => {
  it("accepts an item inside the day, including one ending at midnight", () => {
    expect(itemTimeIssues({ startsAt: "2013-10-03T10:00", endsAt: "2013-10-03T11:00" }, day)).toEqual([]);
    expect(itemTimeIssues({ startsAt: "2013-10-03T23:00", endsAt: "2013-10-04T00:00" }, day)).toEqual([]);
    expect(itemTimeIssues({ startsAt: "2013-10-03T10:00", endsAt: "" }, day)).toEqual([]);
  });

  it("wants the end after the start", () => {
    expect(itemTimeIssues({ startsAt: "2013-10-03T10:00", endsAt: "2013-10-03T10:00" }, day)).toEqual([{ field: "endsAt", message: "The end must be after the start." }]);
  });

  it("wants a start when there is an end", () => {
    expect(itemTimeIssues({ startsAt: "", endsAt: "2013-10-03T10:00" }, day)).toEqual([{ field: "startsAt", message: "Give the start time too, or clear the end." }]);
  });

  it("refuses times outside the meeting's days, and checks nothing for an undated meeting", () => {
    const outside = { startsAt: "2013-10-02T10:00", endsAt: "2013-10-04T10:00" };
    expect(itemTimeIssues(outside, day).map((issue) => issue.field)).toEqual(["startsAt", "endsAt"]);
    expect(itemTimeIssues(outside, null)).toEqual([]);
  });
});

describe("agendaFormSchema", () => {
  it("outputs only the languages with text and keeps the order", () => {
    const first = { ...emptyAgendaItem("ITEM", "2013-10-03T10:00"), title: { ar: "", zh: "", en: " Opening ", fr: "Ouverture", ru: "", es: "" } };
    const speaker = { ...emptyAgendaSpeaker("MODERATOR"), name: "Ana", organisation: { ar: "", zh: "", en: "IOM", fr: "", ru: "", es: "" } };
    const result = agendaFormSchema(day).parse({ meetingId, agendaVersion: 3, items: [{ ...first, speakers: [speaker] }, emptyAgendaItem("BREAK")] });
    expect(result.items[0]).toMatchObject({ title: { en: "Opening", fr: "Ouverture" }, description: {}, startsAt: "2013-10-03T10:00" });
    expect(result.items[0]?.speakers).toEqual([{ role: "MODERATOR", name: "Ana", function: {}, organisation: { en: "IOM" } }]);
    expect(result.items[1]).toMatchObject({ kind: "BREAK", title: { en: "Break" } });
  });

  it("reports problems at the item's paths", () => {
    const items = [emptyAgendaItem("ITEM"), { ...emptyAgendaItem("ITEM", "2013-10-03T12:00"), endsAt: "2013-10-03T11:00", speakers: [emptyAgendaSpeaker()] }];
    const result = agendaFormSchema(day).safeParse({ meetingId, agendaVersion: 1, items });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["items.0.title.en", "items.1.title.en", "items.1.speakers.0.name", "items.1.endsAt"]));
  });

  it("refuses a malformed time", () => {
    const result = agendaFormSchema(null).safeParse({ meetingId, agendaVersion: 1, items: [{ ...emptyAgendaItem("BREAK"), startsAt: "2013-02-30T10:00" }] });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["items.0.startsAt", "Enter a date and time."]]);
  });
});
