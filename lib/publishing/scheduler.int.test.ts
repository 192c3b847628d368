// The scheduled-publication job against a real PostgreSQL: several instances racing on the same
// due drafts publish each exactly once, with exactly one audit row; what is not due, or no longer
// a draft, is left alone.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readPublicRevision } from "@/lib/cache/revision";
import { createPrismaClient } from "@/lib/database/client";
import { publishDueItems } from "@/lib/publishing/scheduler";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
// Separate pools stand in for separate web instances.
const instances = [createPrismaClient(url, { max: 3 }), createPrismaClient(url, { max: 3 }), createPrismaClient(url, { max: 3 })];
const db = instances[0]!;
const tag = randomUUID().slice(0, 8);
let eventId = "";

const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function makeMeeting(name: string, data: { status: "DRAFT" | "PUBLISHED" | "CANCELLED"; publishAt: Date | null }) {
  const row = await db.meeting.create({
    data: { eventId, slug: `${name}-${tag}`, kind: "ROUNDTABLE", title: { en: `Meeting ${name}` }, ...data },
    select: { id: true },
  });
  return row.id;
}

async function auditsOf(id: string) {
  return db.auditLog.findMany({ where: { entityId: id }, select: { action: true, actorId: true, actorLabel: true, before: true, after: true } });
}

beforeAll(async () => {
  const event = await db.event.create({ data: { slug: `sched-event-${tag}`, title: { en: "Event" }, year: 2026, status: "PUBLISHED" }, select: { id: true } });
  eventId = event.id;
});

beforeEach(async () => {
  const meetings = await db.meeting.findMany({ where: { eventId }, select: { id: true } });
  await db.auditLog.deleteMany({ where: { entityId: { in: meetings.map((meeting) => meeting.id) } } });
  await db.meeting.deleteMany({ where: { eventId } });
});

afterAll(async () => {
  const meetings = await db.meeting.findMany({ where: { eventId }, select: { id: true } });
  await db.auditLog.deleteMany({ where: { entityId: { in: [eventId, ...meetings.map((meeting) => meeting.id)] } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await Promise.all(instances.map((client) => client.$disconnect()));
});

describe("publishDueItems", () => {
  it("publishes each due draft exactly once when instances race, with one audit row each", async () => {
    const due = await Promise.all(Array.from({ length: 12 }, (_, i) => makeMeeting(`due-${i}`, { status: "DRAFT", publishAt: minutes(-1 - i) })));
    const revisionBefore = await readPublicRevision(db);

    // Three instances, three ticks each, all at once.
    const rounds = await Promise.all(instances.flatMap((client) => [publishDueItems(client), publishDueItems(client), publishDueItems(client)]));
    const claimed = rounds.flat().filter((item) => due.includes(item.id));

    expect(claimed.map((item) => item.id).sort()).toEqual([...due].sort());
    const rows = await db.meeting.findMany({ where: { id: { in: due } }, select: { status: true, publishAt: true, publishedAt: true, version: true } });
    for (const row of rows) {
      expect(row).toMatchObject({ status: "PUBLISHED", publishAt: null, version: 2 });
      expect(row.publishedAt).toBeInstanceOf(Date);
    }
    for (const id of due) {
      const audits = await auditsOf(id);
      expect(audits).toHaveLength(1);
      expect(audits[0]).toMatchObject({
        action: "meeting.publish",
        actorId: null,
        actorLabel: "system:scheduler",
        before: { status: "DRAFT", version: 1, publishedAt: null },
        after: { status: "PUBLISHED", publishAt: null, version: 2 },
      });
      expect((audits[0]?.before as { publishAt: string | null }).publishAt).not.toBeNull();
    }
    expect(await readPublicRevision(db)).toBeGreaterThan(revisionBefore);
  });

  it("leaves a draft that is not yet due, and meetings published or cancelled before their time", async () => {
    const notDue = await makeMeeting("later", { status: "DRAFT", publishAt: minutes(30) });
    const unscheduled = await makeMeeting("unscheduled", { status: "DRAFT", publishAt: null });
    const cancelled = await makeMeeting("cancelled", { status: "CANCELLED", publishAt: minutes(-5) });
    const published = await makeMeeting("published", { status: "PUBLISHED", publishAt: minutes(-5) });
    const revisionBefore = await readPublicRevision(db);

    const results = (await Promise.all(instances.map((client) => publishDueItems(client)))).flat();

    const mine = [notDue, unscheduled, cancelled, published];
    expect(results.filter((item) => mine.includes(item.id))).toEqual([]);
    const rows = await db.meeting.findMany({ where: { id: { in: mine } }, select: { id: true, status: true, version: true, publishAt: true } });
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(notDue)).toMatchObject({ status: "DRAFT", version: 1 });
    expect(byId.get(notDue)?.publishAt).toBeInstanceOf(Date);
    expect(byId.get(unscheduled)).toMatchObject({ status: "DRAFT", version: 1, publishAt: null });
    expect(byId.get(cancelled)).toMatchObject({ status: "CANCELLED", version: 1 });
    expect(byId.get(published)).toMatchObject({ status: "PUBLISHED", version: 1 });
    for (const id of mine) expect(await auditsOf(id)).toEqual([]);
    // Nothing published: the public pages have nothing to refresh.
    expect(await readPublicRevision(db)).toBe(revisionBefore);
  });

  it("publishes due draft events too, once", async () => {
    const event = await db.event.create({
      data: { slug: `sched-draft-${tag}`, title: { en: `Draft event ${tag}` }, year: 2027, status: "DRAFT", publishAt: minutes(-1) },
      select: { id: true },
    });
    try {
      const results = (await Promise.all(instances.map((client) => publishDueItems(client)))).flat();
      expect(results.filter((item) => item.id === event.id)).toEqual([expect.objectContaining({ entity: "event", id: event.id })]);
      expect(await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { status: true, publishAt: true, version: true } })).toEqual({
        status: "PUBLISHED",
        publishAt: null,
        version: 2,
      });
      expect(await auditsOf(event.id)).toEqual([expect.objectContaining({ action: "event.publish", actorLabel: "system:scheduler" })]);
    } finally {
      await db.auditLog.deleteMany({ where: { entityId: event.id } });
      await db.event.delete({ where: { id: event.id } });
    }
  });
});
