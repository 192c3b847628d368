// The seed against a real PostgreSQL. Each test gets its own freshly migrated database on the
// integration server, so "empty" really is empty whatever other test files wrote.
import { afterAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { applyMigrations } from "@/lib/database/migrator";
import { createScratchDatabase } from "@/lib/database/scratch-database";
import { FOCUS_THEMES } from "./profile";
import { seedCreatedAnything, seedDatabase } from "./index";

const serverUrl = inject("databaseUrl");
const cleanups: (() => Promise<void>)[] = [];

/** A new, migrated, empty database and its URL; dropped after the file, after its clients. */
async function freshDatabaseUrl(): Promise<string> {
  const scratch = await createScratchDatabase(serverUrl, "seed_test");
  cleanups.push(scratch.drop);
  await applyMigrations(scratch.url);
  return scratch.url;
}

function clientOn(url: string): Db {
  const db = createPrismaClient(url, { max: 4 });
  // Clients disconnect before their database is dropped (cleanups run last-in, first-out).
  cleanups.push(() => db.$disconnect());
  return db;
}

async function freshDatabase(): Promise<Db> {
  return clientOn(await freshDatabaseUrl());
}

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Every row the seed may write, in a stable order, for before/after comparisons. */
async function snapshot(db: Db) {
  const byId = { orderBy: { id: "asc" } } as const;
  return {
    profiles: await db.processProfile.findMany(byId),
    themes: await db.focusTheme.findMany(byId),
    partners: await db.partnerCategory.findMany(byId),
    observers: await db.observer.findMany(byId),
    states: await db.participatingState.findMany(byId),
    events: await db.event.findMany(byId),
    meetings: await db.meeting.findMany(byId),
    documents: await db.document.findMany(byId),
    files: await db.documentFile.findMany(byId),
  };
}

describe("seedDatabase", () => {
  it("writes the facts of the source pages into an empty database", async () => {
    const db = await freshDatabase();
    const report = await seedDatabase(db);
    expect(report).toMatchObject({
      profileCreated: true,
      statesCreated: 195,
      eventsCreated: ["hld-2006", "hld-2013", "hld-series-2012-2013"],
      meetingsCreated: 15,
      documentsCreated: 17,
    });

    const states = await db.participatingState.findMany({ select: { isoCode: true, status: true } });
    expect(states).toHaveLength(195);
    expect(states.filter((state) => state.status === "MEMBER_STATE")).toHaveLength(193);
    expect(states.filter((state) => state.status === "OBSERVER_STATE").map((state) => state.isoCode).sort()).toEqual(["PS", "VA"]);

    const profile = await db.processProfile.findUniqueOrThrow({
      where: { key: "hld" },
      include: { focusThemes: { orderBy: { position: "asc" } }, partnerCategories: { orderBy: { position: "asc" } }, observers: true },
    });
    expect(profile).toMatchObject({
      name: { en: "High-Level Dialogue on International Migration and Development" },
      acronym: "HLD",
      yearEstablished: 2006,
      secretariat: { en: "UN DESA Population Division" },
      websiteUrl: "http://www.un.org/en/ga/68/meetings/migration/",
    });
    expect(profile.focusThemes.map((theme) => theme.title)).toEqual(FOCUS_THEMES.map((en) => ({ en })));
    expect(profile.partnerCategories.map((category) => category.name)).toEqual([{ en: "CSOs" }, { en: "Private Sector organizations" }]);
    expect(profile.observers).toEqual([]);

    const events = await db.event.findMany({
      orderBy: { slug: "asc" },
      include: { meetings: { orderBy: { position: "asc" }, include: { documents: { include: { files: true } } } }, documents: true },
    });
    expect(events.map((event) => [event.slug, event.status, event.venue])).toEqual([
      ["hld-2006", "PUBLISHED", null],
      ["hld-2013", "PUBLISHED", null],
      ["hld-series-2012-2013", "PUBLISHED", null],
    ]);
    const [hld2006, hld2013, series] = events;
    expect(hld2006?.startsOn).toBeNull();
    expect(hld2006?.meetings.map((meeting) => [meeting.kind, meeting.startsAt])).toEqual([
      ...Array.from({ length: 4 }, () => ["PLENARY", null]),
      ...Array.from({ length: 4 }, () => ["ROUNDTABLE", null]),
    ]);
    expect(hld2013?.startsOn?.toISOString().slice(0, 10)).toBe("2013-10-03");
    expect(hld2013?.endsOn?.toISOString().slice(0, 10)).toBe("2013-10-04");
    expect(hld2013?.meetings.map((meeting) => meeting.kind)).toEqual(["INTERACTIVE_HEARING"]);

    const roundtables = series?.meetings ?? [];
    expect(roundtables.map((meeting) => meeting.title)).toContainEqual({ en: "HLD Series roundtable, 24 January 2013" });
    expect(roundtables.map((meeting) => [meeting.startsAt?.toISOString(), meeting.endsAt?.toISOString()])).toEqual([
      ["2012-10-12T04:00:00.000Z", "2012-10-13T04:00:00.000Z"],
      ["2013-01-24T05:00:00.000Z", "2013-01-25T05:00:00.000Z"],
      ["2013-02-20T05:00:00.000Z", "2013-02-21T05:00:00.000Z"],
      ["2013-04-23T04:00:00.000Z", "2013-04-24T04:00:00.000Z"],
      ["2013-06-07T04:00:00.000Z", "2013-06-08T04:00:00.000Z"],
      ["2013-09-17T04:00:00.000Z", "2013-09-18T04:00:00.000Z"],
    ]);
    for (const meeting of roundtables) {
      expect(meeting).toMatchObject({ allDay: true, timeZone: "America/New_York", status: "PUBLISHED", venue: null });
      expect(meeting.documents.map((document) => [document.kind, document.status, document.files.length]).sort()).toEqual([
        ["AGENDA", "PUBLISHED", 0],
        ["BACKGROUND_PAPER", "PUBLISHED", 0],
      ]);
    }
    expect(series?.documents.map((document) => [document.kind, document.title, document.isPrincipal, document.languages])).toEqual([
      ["REPORT", { en: "HLD Series Report" }, false, ["EN", "FR", "ES"]],
    ]);

    const principal = await db.document.findMany({
      where: { isPrincipal: true },
      orderBy: { symbol: "asc" },
      select: { symbol: true, kind: true, status: true, issuedOn: true, event: { select: { slug: true } } },
    });
    expect(principal.map((document) => [document.symbol, document.kind, document.status, document.event?.slug])).toEqual([
      ["A/67/254", "REPORT", "PUBLISHED", "hld-2013"],
      ["A/RES/58/208", "RESOLUTION", "PUBLISHED", "hld-2006"],
      ["A/RES/63/225", "RESOLUTION", "PUBLISHED", "hld-2013"],
      ["A/RES/65/170", "RESOLUTION", "PUBLISHED", "hld-2013"],
    ]);
    expect(principal[1]?.issuedOn?.toISOString().slice(0, 10)).toBe("2003-12-23");
    expect(await db.documentFile.count()).toBe(0);
  });

  it("changes and duplicates nothing when run again", async () => {
    const db = await freshDatabase();
    await seedDatabase(db);
    const before = await snapshot(db);
    const report = await seedDatabase(db);
    expect(seedCreatedAnything(report)).toBe(false);
    expect(report).toMatchObject({ statesCreated: 0, eventsCreated: [], meetingsCreated: 0, documentsCreated: 0 });
    expect(await snapshot(db)).toEqual(before);
    // Each unit (profile, states, three events) is recorded once, by the first run only.
    const applied = await db.auditLog.findMany({ where: { action: "seed.apply" }, select: { entityId: true } });
    expect(applied.map((row) => row.entityId).sort()).toEqual([
      "event:hld-2006",
      "event:hld-2013",
      "event:hld-series-2012-2013",
      "profile",
      "states",
    ]);
  });

  it("keeps staff edits and deletions through a re-seed", async () => {
    const db = await freshDatabase();
    await seedDatabase(db);
    const meeting = await db.meeting.update({
      where: { slug: "hld-series-roundtable-2013-06-07" },
      data: { title: { en: "Roundtable on labour migration" }, venue: { en: "Conference Room 2" } },
    });
    await db.document.deleteMany({ where: { meetingId: meeting.id, kind: "AGENDA" } });
    await db.focusTheme.deleteMany({ where: { position: 9 } });
    await db.participatingState.update({ where: { isoCode: "PS" }, data: { status: "MEMBER_STATE" } });
    await db.event.update({ where: { slug: "hld-2013" }, data: { slug: "second-hld", status: "DRAFT" } });
    await db.participatingState.delete({ where: { isoCode: "SK" } });
    const hld2006 = await db.event.findUniqueOrThrow({ where: { slug: "hld-2006" }, select: { id: true } });
    await db.document.deleteMany({ where: { OR: [{ eventId: hld2006.id }, { meeting: { eventId: hld2006.id } }] } });
    await db.meeting.deleteMany({ where: { eventId: hld2006.id } });
    await db.event.delete({ where: { id: hld2006.id } });
    const before = await snapshot(db);

    const report = await seedDatabase(db);

    expect(seedCreatedAnything(report)).toBe(false);
    expect(report.skipped).toEqual(
      expect.arrayContaining(["states: already seeded", "event hld-2006: already seeded", "event hld-2013: already seeded"]),
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await db.participatingState.count()).toBe(194);
    expect(await db.event.findUnique({ where: { slug: "hld-2006" } })).toBeNull();
    const kept = await db.meeting.findUniqueOrThrow({ where: { slug: "hld-series-roundtable-2013-06-07" }, include: { documents: true } });
    expect(kept.title).toEqual({ en: "Roundtable on labour migration" });
    expect(kept.documents.map((document) => document.kind)).toEqual(["BACKGROUND_PAPER"]);
  });

  it("seeds once when two instances start at the same time", async () => {
    const url = await freshDatabaseUrl();
    const [db, other] = [clientOn(url), clientOn(url)];
    const reports = await Promise.all([seedDatabase(db), seedDatabase(other)]);
    expect(reports.filter(seedCreatedAnything)).toHaveLength(1);
    expect(await db.participatingState.count()).toBe(195);
    expect(await db.meeting.count()).toBe(15);
  });
});
