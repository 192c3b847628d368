import { describe, expect, it } from "vitest";
import { describeMeetingWhen, formatAgendaTime, formatEventDays, formatFileSize, formatMeetingDate, formatNumber, formatYear, timeZoneLabel } from "./format";

const NY = "America/New_York";

describe("describeMeetingWhen", () => {
  it("says a meeting without a start is undated", () => {
    expect(describeMeetingWhen({ startsAt: null, endsAt: null, allDay: false, timeZone: NY }, "en")).toEqual({ kind: "undated" });
  });

  it("shows only the date of an all-day meeting, in the venue's zone", () => {
    // Local midnights in New York (UTC-4 in October), end exclusive.
    const when = describeMeetingWhen(
      { startsAt: new Date("2012-10-12T04:00:00Z"), endsAt: new Date("2012-10-13T04:00:00Z"), allDay: true, timeZone: NY },
      "en",
    );
    expect(when).toEqual({ kind: "days", text: "Friday, 12 October 2012" });
  });

  it("shows a range for an all-day meeting over several days", () => {
    const when = describeMeetingWhen(
      { startsAt: new Date("2013-10-03T04:00:00Z"), endsAt: new Date("2013-10-05T04:00:00Z"), allDay: true, timeZone: NY },
      "en",
    );
    expect(when.kind).toBe("days");
    expect(when.kind === "days" && when.text.replace(/\s+/gu, " ")).toBe("Thursday 3 October – Friday 4 October 2013");
  });

  it("shows the date and times of a timed meeting in the venue's zone, not UTC", () => {
    const when = describeMeetingWhen(
      { startsAt: new Date("2013-01-24T15:00:00Z"), endsAt: new Date("2013-01-24T18:00:00Z"), allDay: false, timeZone: NY },
      "en",
    );
    expect(when.kind).toBe("timed");
    if (when.kind !== "timed") return;
    expect(when.date).toBe("Thursday, 24 January 2013");
    expect(when.time.replace(/\s+/gu, "")).toBe("10:00–13:00");
    expect(when.timeZoneName).toBe("Eastern Standard Time");
  });
});

describe("list and agenda formats", () => {
  it("formats a meeting's date in its zone even near midnight UTC", () => {
    const meeting = { startsAt: new Date("2013-06-08T02:00:00Z"), endsAt: null, allDay: false, timeZone: NY };
    expect(formatMeetingDate(meeting, "en")).toBe("7 June 2013");
  });

  it("formats agenda times and leaves untimed items without a time", () => {
    expect(formatAgendaTime(new Date("2013-01-24T15:00:00Z"), null, NY, "en")?.replace(/\s/gu, " ")).toBe("10:00");
    expect(formatAgendaTime(null, null, NY, "en")).toBeNull();
  });

  it("keeps event calendar days as stored", () => {
    expect(formatEventDays(new Date("2013-10-03T00:00:00Z"), new Date("2013-10-04T00:00:00Z"), "en")).toMatch(/^3\s?–\s?4 October 2013$/u);
    expect(formatEventDays(new Date("2006-09-14T00:00:00Z"), null, "en")).toBe("14 September 2006");
    expect(formatEventDays(null, null, "en")).toBeNull();
  });

  it("formats file sizes with units", () => {
    expect(formatFileSize(512n, "en")).toBe("512 bytes");
    expect(formatFileSize(1, "en")).toBe("1 byte");
    expect(formatFileSize(1_234_567n, "en")).toBe("1.2 MB");
  });
});

describe("per-language formatting", () => {
  const instant = new Date("2013-10-03T14:00:00Z");
  const meeting = { startsAt: instant, endsAt: new Date("2013-10-03T17:00:00Z"), allDay: false, timeZone: NY };

  it("writes Arabic dates with Arabic month names and Western digits, as UN Arabic documents do", () => {
    expect(formatMeetingDate(meeting, "ar")).toBe("3 أكتوبر 2013");
    expect(formatFileSize(1_234_567n, "ar")).not.toMatch(/[٠-٩]/u);
    expect(formatYear(2013, "ar")).toBe("2013");
  });

  it("follows each language's own conventions for dates, times and numbers", () => {
    expect(formatMeetingDate(meeting, "fr")).toBe("3 octobre 2013");
    expect(formatMeetingDate(meeting, "zh")).toBe("2013年10月3日");
    expect(formatMeetingDate(meeting, "ru")).toBe("3 октября 2013 г.");
    expect(formatMeetingDate(meeting, "es")).toBe("3 de octubre de 2013");
    expect(formatAgendaTime(meeting.startsAt, meeting.endsAt, NY, "fr")?.replace(/\s/gu, " ")).toBe("10:00 – 13:00");
    expect(formatNumber(1234567, "fr").replace(/\s/gu, " ")).toBe("1 234 567");
    expect(formatNumber(1234567, "es")).toBe("1.234.567");
    expect(formatYear(2013, "en")).toBe("2013");
  });

  it("names the venue's time zone in the reader's language", () => {
    const when = describeMeetingWhen(meeting, "fr");
    expect(when.kind === "timed" && when.timeZoneName).toBe("heure d’été de l’Est nord-américain");
    expect(timeZoneLabel(instant, NY, "zh")).toBe("北美东部夏令时间");
  });
});
