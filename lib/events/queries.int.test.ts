// The public event and meeting reads against a real PostgreSQL: drafts never leave the database
// through them, cancelled meetings do (with their notice), and meetings come in date order.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { getPublicMeeting } from "@/lib/meetings/queries";
import { testDb } from "@/lib/testing/test-db";

const db = testDb(2);
const tag = randomUUID().slice(0, 8);
const slug = (name: string) => `${name}-${tag}`;

beforeAll(async () => {
  const published = await db.event.create({
    data: { slug: slug("published"), title: { en: "Published event" }, year: 2013, startsOn: new Date("2013-10-03"), status: "PUBLISHED" },
  });
  await db.event.create({ data: { slug: slug("draft"), title: { en: "Draft event" }, year: 2012, status: "DRAFT" } });
  const cancelledEvent = await db.event.create({
    data: { slug: slug("cancelled-event"), title: { en: "Cancelled event" }, year: 2014, status: "CANCELLED", cancellationNotice: { en: "Postponed to 2015." } },
  });
  const draftParent = await db.event.create({
    data: { slug: slug("draft-parent"), title: { en: "Draft parent" }, year: 2012, status: "DRAFT" },
  });
  await db.meeting.createMany({
    data: [
      { eventId: published.id, slug: slug("later"), kind: "PANEL", title: { en: "Later" }, startsAt: new Date("2013-10-04T14:00:00Z"), status: "PUBLISHED" },
      { eventId: published.id, slug: slug("earlier"), kind: "PLENARY", title: { en: "Earlier" }, startsAt: new Date("2013-10-03T14:00:00Z"), status: "PUBLISHED" },
      { eventId: published.id, slug: slug("undated-2"), kind: "OTHER", title: { en: "Undated 2" }, position: 2, status: "PUBLISHED" },
      { eventId: published.id, slug: slug("undated-1"), kind: "OTHER", title: { en: "Undated 1" }, position: 1, status: "PUBLISHED" },
      {
        eventId: published.id,
        slug: slug("cancelled"),
        kind: "ROUNDTABLE",
        title: { en: "Cancelled" },
        startsAt: new Date("2013-10-05T14:00:00Z"),
        status: "CANCELLED",
        cancellationNotice: { en: "Called off." },
      },
      { eventId: published.id, slug: slug("draft-meeting"), kind: "PANEL", title: { en: "Draft meeting" }, status: "DRAFT" },
      { eventId: cancelledEvent.id, slug: slug("under-cancelled"), kind: "PANEL", title: { en: "Under a cancelled event" }, status: "CANCELLED" },
      { eventId: draftParent.id, slug: slug("orphan"), kind: "PANEL", title: { en: "Under a draft event" }, status: "PUBLISHED" },
    ],
  });
  const meeting = await db.meeting.findUniqueOrThrow({ where: { slug: slug("earlier") } });
  await db.document.createMany({
    data: [
      { kind: "AGENDA", title: { en: "Published agenda" }, meetingId: meeting.id, status: "PUBLISHED" },
      { kind: "BACKGROUND_PAPER", title: { en: "Draft paper" }, meetingId: meeting.id, status: "DRAFT" },
      { kind: "REPORT", title: { en: "Event report" }, eventId: published.id, status: "PUBLISHED" },
      { kind: "REPORT", title: { en: "Draft event report" }, eventId: published.id, status: "DRAFT" },
    ],
  });
});

afterAll(async () => {
  const events = await db.event.findMany({ where: { slug: { endsWith: tag } }, select: { id: true } });
  const eventIds = events.map((event) => event.id);
  await db.document.deleteMany({ where: { OR: [{ eventId: { in: eventIds } }, { meeting: { eventId: { in: eventIds } } }] } });
  await db.meeting.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.$disconnect();
});

describe("listPublicEvents", () => {
  it("lists published and cancelled events, never drafts", async () => {
    const slugs = (await listPublicEvents()).map((event) => event.slug);
    expect(slugs).toContain(slug("published"));
    expect(slugs).toContain(slug("cancelled-event"));
    expect(slugs).not.toContain(slug("draft"));
    expect(slugs).not.toContain(slug("draft-parent"));
  });
});

describe("getPublicEvent", () => {
  it("returns nothing for a draft event", async () => {
    expect(await getPublicEvent(slug("draft"))).toBeNull();
  });

  it("returns a cancelled event with its notice, and its cancelled meetings stay public", async () => {
    const event = await getPublicEvent(slug("cancelled-event"));
    expect(event).toMatchObject({ status: "CANCELLED", cancellationNotice: { en: "Postponed to 2015." } });
    expect(event?.meetings.map((meeting) => meeting.slug)).toEqual([slug("under-cancelled")]);
    expect((await getPublicMeeting(slug("under-cancelled")))?.event.status).toBe("CANCELLED");
  });

  it("lists public meetings in date order, then undated ones by position, never drafts", async () => {
    const event = await getPublicEvent(slug("published"));
    expect(event?.meetings.map((meeting) => meeting.slug)).toEqual([
      slug("earlier"),
      slug("later"),
      slug("cancelled"),
      slug("undated-1"),
      slug("undated-2"),
    ]);
  });

  it("shows the event's published documents only", async () => {
    const event = await getPublicEvent(slug("published"));
    expect(event?.documents.map((document) => document.title)).toEqual([{ en: "Event report" }]);
  });
});

describe("getPublicMeeting", () => {
  it("returns a published meeting with its published documents only", async () => {
    const meeting = await getPublicMeeting(slug("earlier"));
    expect(meeting?.documents.map((document) => document.title)).toEqual([{ en: "Published agenda" }]);
  });

  it("returns a cancelled meeting with its notice", async () => {
    const meeting = await getPublicMeeting(slug("cancelled"));
    expect(meeting?.status).toBe("CANCELLED");
    expect(meeting?.cancellationNotice).toEqual({ en: "Called off." });
  });

  it("hides draft meetings and meetings of draft events", async () => {
    expect(await getPublicMeeting(slug("draft-meeting"))).toBeNull();
    expect(await getPublicMeeting(slug("orphan"))).toBeNull();
  });
});
