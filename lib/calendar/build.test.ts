// The calendar builder's output, read back with ical.js (Mozilla's parser, used by Thunderbird):
// stable UIDs, SEQUENCE, CANCELLED, TZID resolving to a VTIMEZONE, all-day dates, folding of
// Arabic and Chinese text, and escaping of hostile titles.
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, type CalendarMeetingInput } from "./build";

const BASE = "https://hld.example.org";
const generatedAt = new Date("2026-11-22T12:00:00Z");
const labels = { name: "All; meetings, \\ here\nnow", cancelled: (title: string) => `Cancelled: ${title}`, eventDays: (title: string) => `${title} (all days)` };

function meeting(overrides: Partial<CalendarMeetingInput> = {}): CalendarMeetingInput {
  return {
    id: "cmeeting0000000000001",
    slug: "plenary-1",
    title: { en: "Plenary 1" },
    summary: null,
    venue: { en: "Trusteeship Council Chamber" },
    // 10:00–13:00 in New York (EDT, UTC−4).
    startsAt: new Date("2013-10-03T14:00:00Z"),
    endsAt: new Date("2013-10-03T17:00:00Z"),
    allDay: false,
    timeZone: "America/New_York",
    status: "PUBLISHED",
    cancellationNotice: null,
    version: 1,
    createdAt: new Date("2026-01-01T00:00:00Z"),
    updatedAt: new Date("2026-02-01T00:00:00Z"),
    event: { status: "PUBLISHED" },
    ...overrides,
  };
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
  return { calendar, events };
}

function build(meetings: CalendarMeetingInput[], locale: "en" | "ar" | "zh" = "en") {
  return buildCalendar({ locale, baseUrl: BASE, pageUrl: `${BASE}/${locale}/events`, generatedAt, labels, meetings });
}

describe("buildCalendar", () => {
  it("writes a timed meeting in the venue's zone with a VTIMEZONE that ical.js resolves", () => {
    const ics = build([meeting()]);
    expect(ics).toContain("DTSTART;TZID=America/New_York:20131003T100000");
    const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
    const zone = calendar.getFirstSubcomponent("vtimezone");
    expect(zone?.getFirstPropertyValue("tzid")).toBe("America/New_York");
    // Resolve TZID through the file's own VTIMEZONE, as a calendar program does.
    ICAL.TimezoneService.register(zone as ICAL.Component);
    const vevent = calendar.getFirstSubcomponent("vevent") as ICAL.Component;
    expect(vevent.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("America/New_York");
    const event = new ICAL.Event(vevent);
    expect(event.startDate.zone?.tzid).toBe("America/New_York");
    expect(event?.startDate.toJSDate().toISOString()).toBe("2013-10-03T14:00:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2013-10-03T17:00:00.000Z");
    expect(event?.location).toBe("Trusteeship Council Chamber");
    expect(event?.component.getFirstPropertyValue("url")).toBe(`${BASE}/en/meetings/plenary-1`);
    expect(event?.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    // ical.js keeps X- values raw: the TEXT escaping (RFC 5545 3.3.11) is visible here.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("All\\; meetings\\, \\\\ here\\nnow");
    expect(String(calendar.getFirstPropertyValue("refresh-interval"))).toBe("PT1H");
  });

  it("puts every calendar property before the first component (RFC 5545 3.4)", () => {
    const lines = build([meeting()]).split("\r\n");
    const firstComponent = lines.findIndex((line) => line.startsWith("BEGIN:") && line !== "BEGIN:VCALENDAR");
    const lastCalendarProperty = Math.max(...["REFRESH-INTERVAL", "X-PUBLISHED-TTL", "X-WR-CALNAME", "METHOD", "PRODID"].map((name) => lines.findIndex((line) => line.startsWith(name))));
    expect(firstComponent).toBeGreaterThan(lastCalendarProperty);
  });

  it("keeps the UID across a title and slug change and raises SEQUENCE with the version", () => {
    const [before] = parse(build([meeting()])).events;
    const [after] = parse(build([meeting({ title: { en: "Renamed" }, slug: "renamed", version: 2, updatedAt: new Date("2026-03-01T00:00:00Z") })])).events;
    expect(after?.uid).toBe(before?.uid);
    expect(before?.uid).toBe("meeting-cmeeting0000000000001@hld.example.org");
    expect(before?.sequence).toBe(1);
    expect(after?.sequence).toBe(2);
    expect(after?.summary).toBe("Renamed");
    expect(after?.component.getFirstPropertyValue("last-modified")?.toString()).toBe("2026-03-01T00:00:00Z");
    expect(after?.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-22T12:00:00Z");
  });

  it("marks a cancelled meeting, and a meeting of a cancelled event, CANCELLED with the notice", () => {
    const { events } = parse(
      build([
        meeting({ status: "CANCELLED", cancellationNotice: { en: "Postponed sine die." } }),
        meeting({ id: "cmeeting0000000000002", event: { status: "CANCELLED" } }),
      ]),
    );
    expect(events.map((event) => event.component.getFirstPropertyValue("status"))).toEqual(["CANCELLED", "CANCELLED"]);
    expect(events[0]?.summary).toBe("Cancelled: Plenary 1");
    expect(events[0]?.description).toBe("Postponed sine die.");
  });

  it("writes all-day meetings as venue dates with an exclusive end", () => {
    // Stored as New York midnights (EDT): 3 and 5 October 2013, i.e. the days 3 and 4 October.
    const ics = build([meeting({ allDay: true, startsAt: new Date("2013-10-03T04:00:00Z"), endsAt: new Date("2013-10-05T04:00:00Z") })]);
    expect(ics).toContain("DTSTART;VALUE=DATE:20131003");
    expect(ics).toContain("DTEND;VALUE=DATE:20131005");
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    const [event] = parse(ics).events;
    expect(event?.startDate.isDate).toBe(true);
    expect(event?.startDate.toString()).toBe("2013-10-03");
    expect(event?.endDate.toString()).toBe("2013-10-05");
  });

  it("leaves undated meetings out", () => {
    expect(parse(build([meeting({ startsAt: null, endsAt: null })])).events).toHaveLength(0);
  });

  it("folds long Arabic and Chinese lines at 75 octets without splitting a character", () => {
    const arabic = "الحوار الرفيع المستوى المتعلق بالهجرة الدولية والتنمية: جلسة عامة ".repeat(3);
    const chinese = "国际移徙与发展问题高级别对话全体会议".repeat(6);
    const ics = build([meeting({ title: { ar: arabic } }), meeting({ id: "cmeeting0000000000002", title: { zh: chinese } })], "ar");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics).not.toContain("\uFFFD");
    const { events } = parse(ics);
    expect(events[0]?.summary).toBe(arabic);
    expect(events[1]?.summary).toBe(chinese);
  });

  it("escapes commas, semicolons, backslashes and newlines, and drops control characters", () => {
    const hostile = 'Evil, title; with \\ backslash\nBEGIN:VEVENT\r\nUID:injected\u0007 "quoted"';
    const ics = build([meeting({ title: { en: hostile }, venue: { en: "Room 1; floor 2, \\N" } })]);
    expect(ics).not.toMatch(/^UID:injected/mu);
    expect(ics).not.toContain("\u0007");
    const { events } = parse(ics);
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toBe('Evil, title; with \\ backslash\nBEGIN:VEVENT\nUID:injected "quoted"');
    expect(events[0]?.location).toBe("Room 1; floor 2, \\N");
  });

  it("falls back to another language for a missing translation", () => {
    const [event] = parse(build([meeting({ title: { fr: "Séance plénière" } })])).events;
    expect(event?.summary).toBe("Séance plénière");
  });
});
