import { describe, expect, it } from "vitest";
import { FOCUS_THEMES, OBJECTIVES_PARAGRAPHS, PARTNER_CATEGORIES, PROFILE } from "./profile";
import { SEED_EVENTS, SERIES_ROUNDTABLE_DAYS, formatSourceDay } from "./events";

const bySlug = (slug: string) => {
  const event = SEED_EVENTS.find((candidate) => candidate.slug === slug);
  if (event === undefined) throw new Error(`no event ${slug}`);
  return event;
};

describe("seeded profile", () => {
  it("keeps the page's seven objective paragraphs and nine themes in order", () => {
    expect(OBJECTIVES_PARAGRAPHS).toHaveLength(7);
    expect(OBJECTIVES_PARAGRAPHS[0]).toMatch(/^The UN General Assembly in its resolution 58\/208 of 23 December 2003/);
    expect(PROFILE.objectives.en).not.toMatch(/post- 2015/);
    expect(FOCUS_THEMES).toHaveLength(9);
    expect(FOCUS_THEMES[0]).toBe("Migration and Development");
    expect(FOCUS_THEMES[8]).toBe("Migration partnerships and cooperation");
    expect(PARTNER_CATEGORIES).toEqual(["CSOs", "Private Sector organizations"]);
  });
});

describe("seeded events", () => {
  it("has the three events with stable, readable, unique slugs", () => {
    expect(SEED_EVENTS.map((event) => event.slug)).toEqual(["hld-2006", "hld-2013", "hld-series-2012-2013"]);
    const slugs = SEED_EVENTS.flatMap((event) => [event.slug, ...event.meetings.map((meeting) => meeting.slug)]);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("gives HLD 2006 four plenaries and four round tables on the page's themes, undated", () => {
    const hld2006 = bySlug("hld-2006");
    expect(hld2006.startsOn).toBeUndefined();
    expect(hld2006.meetings.filter((meeting) => meeting.kind === "PLENARY")).toHaveLength(4);
    expect(hld2006.meetings.filter((meeting) => meeting.kind === "ROUNDTABLE").map((meeting) => meeting.title)).toEqual([
      "Interactive round table on migrants' rights",
      "Interactive round table on human trafficking and migrant smuggling",
      "Interactive round table on remittances",
      "Interactive round table on partnerships at the bilateral and regional levels",
    ]);
    expect(hld2006.meetings.every((meeting) => meeting.day === undefined)).toBe(true);
  });

  it("dates HLD 2013 on 3–4 October 2013 with its informal interactive hearings", () => {
    const hld2013 = bySlug("hld-2013");
    expect([hld2013.startsOn, hld2013.endsOn]).toEqual(["2013-10-03", "2013-10-04"]);
    expect(hld2013.meetings.map((meeting) => meeting.kind)).toEqual(["INTERACTIVE_HEARING"]);
  });

  it("gives the HLD Series six dated roundtables, each expecting an agenda and a background paper", () => {
    const series = bySlug("hld-series-2012-2013");
    expect(series.meetings.map((meeting) => meeting.title)).toEqual([
      "HLD Series roundtable, 12 October 2012",
      "HLD Series roundtable, 24 January 2013",
      "HLD Series roundtable, 20 February 2013",
      "HLD Series roundtable, 23 April 2013",
      "HLD Series roundtable, 7 June 2013",
      "HLD Series roundtable, 17 September 2013",
    ]);
    expect(series.meetings.map((meeting) => meeting.day)).toEqual([...SERIES_ROUNDTABLE_DAYS]);
    for (const meeting of series.meetings) {
      expect(meeting.documents.map((document) => document.kind)).toEqual(["AGENDA", "BACKGROUND_PAPER"]);
    }
    expect(series.documents.map((document) => [document.kind, document.title])).toEqual([["REPORT", "HLD Series Report"]]);
  });

  it("cites the four principal documents by symbol on the events they concern", () => {
    const principal = SEED_EVENTS.flatMap((event) =>
      event.documents.filter((document) => document.isPrincipal).map((document) => [event.slug, document.symbol, document.kind]),
    );
    expect(principal).toEqual([
      ["hld-2006", "A/RES/58/208", "RESOLUTION"],
      ["hld-2013", "A/RES/63/225", "RESOLUTION"],
      ["hld-2013", "A/RES/65/170", "RESOLUTION"],
      ["hld-2013", "A/67/254", "REPORT"],
    ]);
    expect(bySlug("hld-2006").documents[0]?.issuedOn).toBe("2003-12-23");
  });

  it("writes days the way the page does", () => {
    expect(formatSourceDay("2013-06-07")).toBe("7 June 2013");
  });
});
