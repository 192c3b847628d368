import { describe, expect, it } from "vitest";
import { meetingFormSchema, meetingListParamsSchema, meetingListQuery, publishMeetingSchema } from "./schemas";

const valid = {
  id: "cmeeting0000000000000001",
  version: 3,
  titleEn: "  Roundtable 1: Migration and development  ",
  allDay: false,
  startsAt: "2013-10-03T10:00",
  endsAt: "2013-10-03T13:00",
  status: "PUBLISHED",
};

function fieldErrors(input: unknown) {
  const result = meetingFormSchema.safeParse(input);
  return result.success ? {} : result.error.flatten().fieldErrors;
}

describe("meetingFormSchema", () => {
  it("accepts a timed meeting and trims the title", () => {
    const result = meetingFormSchema.parse(valid);
    expect(result.titleEn).toBe("Roundtable 1: Migration and development");
  });

  it("accepts an all-day meeting on one day and an undated meeting", () => {
    expect(meetingFormSchema.safeParse({ ...valid, allDay: true, startsAt: "2013-06-07", endsAt: "2013-06-07" }).success).toBe(true);
    expect(meetingFormSchema.safeParse({ ...valid, startsAt: "", endsAt: "" }).success).toBe(true);
  });

  it("puts each problem on its field", () => {
    expect(fieldErrors({ ...valid, titleEn: "   " }).titleEn).toEqual(["Enter the English title."]);
    expect(fieldErrors({ ...valid, startsAt: "2013-10-03" }).startsAt).toEqual(["Enter a date and time."]);
    expect(fieldErrors({ ...valid, allDay: true, startsAt: "2013-02-30", endsAt: "2013-03-01" }).startsAt).toEqual(["Enter a date."]);
    expect(fieldErrors({ ...valid, endsAt: "" }).endsAt).toEqual(["Give both the start and the end, or neither."]);
    expect(fieldErrors({ ...valid, endsAt: "2013-10-03T09:00" }).endsAt).toEqual(["The end must be after the start."]);
    expect(fieldErrors({ ...valid, allDay: true, startsAt: "2013-06-07", endsAt: "2013-06-06" }).endsAt).toEqual([
      "The last day cannot be before the first day.",
    ]);
    expect(fieldErrors({ ...valid, status: "ARCHIVED" }).status).toEqual(["Choose a status."]);
  });

  it("requires the id and the version the form was loaded with", () => {
    expect(fieldErrors({ ...valid, version: undefined }).version).toBeDefined();
    expect(fieldErrors({ ...valid, version: 0 }).version).toBeDefined();
    expect(fieldErrors({ ...valid, id: "../../etc" }).id).toBeDefined();
    expect(publishMeetingSchema.safeParse({ id: valid.id }).success).toBe(false);
  });
});

describe("meetingListParamsSchema", () => {
  it("reads list state from search params", () => {
    expect(meetingListParamsSchema.parse({ page: "3", size: "50", sort: "status", dir: "desc", q: " round " })).toEqual({
      page: 3,
      size: 50,
      sort: "status",
      dir: "desc",
      q: "round",
    });
  });

  it("falls back to defaults for anything outside the whitelist or bounds", () => {
    expect(meetingListParamsSchema.parse({ page: "-1", size: "100000", sort: "passwordHash", dir: "sideways", q: "x".repeat(500) })).toEqual({
      page: 1,
      size: 25,
      sort: "startsAt",
      dir: "asc",
      q: "",
    });
    expect(meetingListParamsSchema.parse({ page: ["2", "9"], size: "7" })).toMatchObject({ page: 2, size: 25 });
  });

  it("writes only non-default state back to the URL", () => {
    expect(meetingListQuery(meetingListParamsSchema.parse({}))).toBe("");
    expect(meetingListQuery({ page: 2, size: 25, sort: "startsAt", dir: "desc", q: "hearing" })).toBe("?page=2&dir=desc&q=hearing");
  });
});
