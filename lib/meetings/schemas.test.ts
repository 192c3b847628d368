import { describe, expect, it } from "vitest";
import { cancelMeetingSchema, isTimeZone, meetingFormSchema, meetingListParams, newMeetingSchema, nextInSeries, publishMeetingSchema, slugify } from "./schemas";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });

const valid = {
  id: "cmeeting0000000000000001",
  version: 3,
  kind: "ROUNDTABLE",
  slug: "hld-2013-roundtable-1",
  title: texts("  Roundtable 1: Migration and development  ", { fr: "Table ronde 1" }),
  summary: texts(""),
  venue: texts(""),
  timeZone: "America/New_York",
  allDay: false,
  startsAt: "2013-10-03T10:00",
  endsAt: "2013-10-03T13:00",
};

function fieldErrors(input: unknown) {
  const result = meetingFormSchema.safeParse(input);
  if (result.success) return {} as Record<string, string[]>;
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
}

describe("meetingFormSchema", () => {
  it("accepts a timed meeting, trims texts and keeps only the languages given", () => {
    const result = meetingFormSchema.parse(valid);
    expect(result.title).toEqual({ en: "Roundtable 1: Migration and development", fr: "Table ronde 1" });
    expect(result.summary).toEqual({});
  });

  it("accepts an all-day meeting on one day and an undated meeting", () => {
    expect(meetingFormSchema.safeParse({ ...valid, allDay: true, startsAt: "2013-06-07", endsAt: "2013-06-07" }).success).toBe(true);
    expect(meetingFormSchema.safeParse({ ...valid, startsAt: "", endsAt: "" }).success).toBe(true);
  });

  it("puts each problem on its field, translatable ones on the language", () => {
    expect(fieldErrors({ ...valid, title: texts("   ") })["title.en"]).toEqual(["Enter the title in English."]);
    expect(fieldErrors({ ...valid, venue: texts("", { fr: "Genève" }) })["venue.en"]).toEqual(["Enter the venue in English."]);
    expect(fieldErrors({ ...valid, slug: "Round Table!" }).slug).toEqual(["Use lower-case letters, digits and hyphens only."]);
    expect(fieldErrors({ ...valid, slug: "" }).slug).toEqual(["Enter the page address."]);
    expect(fieldErrors({ ...valid, timeZone: "Mars/Olympus" }).timeZone).toBeDefined();
    expect(fieldErrors({ ...valid, kind: "PARTY" }).kind).toEqual(["Choose the kind of meeting."]);
    expect(fieldErrors({ ...valid, startsAt: "2013-10-03" }).startsAt).toEqual(["Enter a date and time."]);
    expect(fieldErrors({ ...valid, allDay: true, startsAt: "2013-02-30", endsAt: "2013-03-01" }).startsAt).toEqual(["Enter a date."]);
    expect(fieldErrors({ ...valid, endsAt: "" }).endsAt).toEqual(["Give both the start and the end, or neither."]);
    expect(fieldErrors({ ...valid, endsAt: "2013-10-03T09:00" }).endsAt).toEqual(["The end must be after the start."]);
    expect(fieldErrors({ ...valid, allDay: true, startsAt: "2013-06-07", endsAt: "2013-06-06" }).endsAt).toEqual(["The last day cannot be before the first day."]);
  });

  it("requires the id and the version the form was loaded with", () => {
    expect(fieldErrors({ ...valid, version: undefined }).version).toBeDefined();
    expect(fieldErrors({ ...valid, version: 0 }).version).toBeDefined();
    expect(fieldErrors({ ...valid, id: "../../etc" }).id).toBeDefined();
    expect(publishMeetingSchema.safeParse({ id: valid.id }).success).toBe(false);
  });
});

describe("newMeetingSchema and cancelMeetingSchema", () => {
  const fields = Object.fromEntries(Object.entries(valid).filter(([key]) => key !== "id" && key !== "version"));
  it("needs an event; a duplicate names its source", () => {
    expect(newMeetingSchema.safeParse({ ...fields, eventId: "", sourceId: "", copyAgenda: false }).success).toBe(false);
    expect(newMeetingSchema.safeParse({ ...fields, eventId: valid.id, sourceId: valid.id, copyAgenda: true }).success).toBe(true);
  });

  it("needs an English notice to cancel", () => {
    expect(cancelMeetingSchema.safeParse({ id: valid.id, version: 1, notice: texts("") }).success).toBe(false);
    expect(cancelMeetingSchema.parse({ id: valid.id, version: 1, notice: texts("Postponed.", { fr: "Reportée." }) }).notice).toEqual({ en: "Postponed.", fr: "Reportée." });
  });
});

describe("helpers", () => {
  it("suggests addresses and the next name of a series", () => {
    expect(slugify("Round table 3: Migration & Development — Genève")).toBe("round-table-3-migration-development-geneve");
    expect(nextInSeries("Round table 3", " ")).toBe("Round table 4");
    expect(nextInSeries("hld-2013-roundtable-09", "-")).toBe("hld-2013-roundtable-10");
    expect(nextInSeries("Informal hearings", " ")).toBe("Informal hearings 2");
    expect(nextInSeries("hearings", "-")).toBe("hearings-2");
  });

  it("knows IANA time zones", () => {
    expect(isTimeZone("Europe/Zurich")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

describe("meetingListParams", () => {
  it("reads filters and falls back to defaults for anything malformed", () => {
    expect(meetingListParams.parse({ kind: "PANEL", status: "DRAFT", from: "2013-01-01", to: "2013-02-30", event: "x" })).toMatchObject({
      kind: "PANEL",
      status: "DRAFT",
      from: "2013-01-01",
      to: undefined,
      event: undefined,
    });
    expect(meetingListParams.parse({ sort: "passwordHash" }).sort).toBe("startsAt");
  });

  it("writes only non-default state back to the URL", () => {
    expect(meetingListParams.toQuery(meetingListParams.parse({}))).toBe("");
    expect(meetingListParams.toQuery(meetingListParams.parse({ page: "2", dir: "desc", status: "DRAFT" }))).toBe("?page=2&dir=desc&status=DRAFT");
  });
});
