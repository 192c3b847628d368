// Calendars on real PostgreSQL: drafts never appear, an event calendar holds its days and its
// dated meetings, a change keeps the UID and raises SEQUENCE, unknown slugs and locales give null.
import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { renderCalendar } from "./calendar";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 2 });
const tag = randomUUID().slice(0, 8);
let eventId = "";

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents("vevent").map((component) => new ICAL.Event(component));
}

beforeAll(async () => {
  const event = await db.event.create({
    data: { slug: `cal-event-${tag}`, title: { en: `Cal event ${tag}` }, year: 2026, startsOn: new Date("2026-12-01"), endsOn: new Date("2026-12-02"), status: "PUBLISHED" },
    select: { id: true },
  });
  eventId = event.id;
  const base = { eventId, kind: "PANEL" as const, timeZone: "Europe/Geneva" };
  await db.meeting.create({ data: { ...base, slug: `cal-timed-${tag}`, title: { en: `Timed ${tag}` }, startsAt: new Date("2026-12-01T09:00:00Z"), endsAt: new Date("2026-12-01T11:00:00Z"), status: "PUBLISHED" } });
  await db.meeting.create({ data: { ...base, slug: `cal-cancelled-${tag}`, title: { en: `Cancelled ${tag}` }, startsAt: new Date("2026-12-02T09:00:00Z"), status: "CANCELLED" } });
  await db.meeting.create({ data: { ...base, slug: `cal-draft-${tag}`, title: { en: `Draft ${tag}` }, startsAt: new Date("2026-12-02T13:00:00Z"), status: "DRAFT" } });
  await db.meeting.create({ data: { ...base, slug: `cal-undated-${tag}`, title: { en: `Undated ${tag}` }, status: "PUBLISHED" } });
});

afterAll(async () => {
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.delete({ where: { id: eventId } });
  await db.$disconnect();
});

describe("renderCalendar", () => {
  it("gives an event's days and its dated public meetings, never drafts", async () => {
    const file = await renderCalendar("en", { kind: "event", slug: `cal-event-${tag}` });
    expect(file?.fileName).toBe(`cal-event-${tag}-en.ics`);
    const found = events(file?.body ?? "");
    expect(found.map((event) => event.summary)).toEqual([`Cal event ${tag} (all days)`, `Timed ${tag}`, `Cancelled: Cancelled ${tag}`]);
    expect(found[0]?.startDate.toString()).toBe("2026-12-01");
    expect(found[0]?.endDate.toString()).toBe("2026-12-03");
    // Europe/Geneva is an IANA alias without a VTIMEZONE in @touch4it/ical-timezones: exact UTC instead.
    expect(file?.body).toContain("DTSTART:20261201T090000Z");
    expect(file?.body).not.toContain("TZID=Europe/Geneva");
    expect(found[2]?.component.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("lists every public dated meeting in all.ics, drafts and undated ones left out", async () => {
    const body = (await renderCalendar("en", { kind: "all" }))?.body ?? "";
    const mine = events(body).filter((event) => event.summary.includes(tag)).map((event) => event.summary);
    expect(mine).toEqual([`Timed ${tag}`, `Cancelled: Cancelled ${tag}`]);
  });

  it("keeps the UID and raises SEQUENCE when staff rename a meeting", async () => {
    const read = async (slug: string) => events((await renderCalendar("en", { kind: "meeting", slug }))?.body ?? "")[0];
    const before = await read(`cal-timed-${tag}`);
    await db.meeting.update({ where: { slug: `cal-timed-${tag}` }, data: { title: { en: `Renamed ${tag}` }, slug: `cal-renamed-${tag}`, version: { increment: 1 } } });
    const after = await read(`cal-renamed-${tag}`);
    expect(after?.uid).toBe(before?.uid);
    expect(after?.sequence).toBe((before?.sequence ?? 0) + 1);
    expect(after?.summary).toBe(`Renamed ${tag}`);
  });

  it("is null for drafts, undated meetings, unknown slugs and languages", async () => {
    expect(await renderCalendar("en", { kind: "meeting", slug: `cal-draft-${tag}` })).toBeNull();
    expect(await renderCalendar("en", { kind: "meeting", slug: `cal-undated-${tag}` })).toBeNull();
    expect(await renderCalendar("en", { kind: "event", slug: `nothing-${tag}` })).toBeNull();
    expect(await renderCalendar("xx", { kind: "all" })).toBeNull();
  });
});
