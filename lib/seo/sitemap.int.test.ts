// The sitemap's page list on PostgreSQL: public events, meetings and principal documents are
// listed, drafts (and meetings of draft events) never.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";
import { listSitemapPages, symbolPath } from "./sitemap";

const db = testDb(2);
const tag = randomUUID().slice(0, 8);
const eventIds: string[] = [];

beforeAll(async () => {
  const published = await db.event.create({ data: { slug: `map-event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } });
  const draft = await db.event.create({ data: { slug: `map-draft-${tag}`, title: { en: "Draft" }, year: 2013, status: "DRAFT" }, select: { id: true } });
  eventIds.push(published.id, draft.id);
  await db.meeting.createMany({
    data: [
      { eventId: published.id, slug: `map-meeting-${tag}`, kind: "PANEL", title: { en: "Meeting" }, status: "PUBLISHED" },
      { eventId: published.id, slug: `map-cancelled-${tag}`, kind: "PANEL", title: { en: "Cancelled" }, status: "CANCELLED" },
      { eventId: published.id, slug: `map-draft-meeting-${tag}`, kind: "PANEL", title: { en: "Draft meeting" }, status: "DRAFT" },
      { eventId: draft.id, slug: `map-under-draft-${tag}`, kind: "PANEL", title: { en: "Under a draft" }, status: "PUBLISHED" },
    ],
  });
  await db.document.createMany({
    data: [
      { eventId: published.id, kind: "RESOLUTION", symbol: `A/RES/${tag}/1`, title: { en: "Principal" }, languages: ["EN"], isPrincipal: true, status: "PUBLISHED" },
      { eventId: published.id, kind: "RESOLUTION", symbol: `A/RES/${tag}/2`, title: { en: "Draft principal" }, languages: ["EN"], isPrincipal: true, status: "DRAFT" },
      { eventId: published.id, kind: "REPORT", symbol: `A/${tag}/3`, title: { en: "Other" }, languages: ["EN"], isPrincipal: false, status: "PUBLISHED" },
    ],
  });
});

afterAll(async () => {
  await db.document.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.meeting.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.$disconnect();
});

describe("listSitemapPages", () => {
  it("lists the list pages, public events and meetings and principal documents by symbol, never drafts", async () => {
    const paths = (await listSitemapPages()).map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(["/", "/events", "/documents", "/states", "/partners"]));
    expect(paths).toEqual(
      expect.arrayContaining([`/events/map-event-${tag}`, `/meetings/map-meeting-${tag}`, `/meetings/map-cancelled-${tag}`, symbolPath(`A/RES/${tag}/1`)]),
    );
    for (const hidden of [`/events/map-draft-${tag}`, `/meetings/map-draft-meeting-${tag}`, `/meetings/map-under-draft-${tag}`, symbolPath(`A/RES/${tag}/2`), symbolPath(`A/${tag}/3`)]) {
      expect(paths).not.toContain(hidden);
    }
    expect(paths.some((path) => path.includes("register") || path.includes("registration") || path.startsWith("/search"))).toBe(false);
  });
});
