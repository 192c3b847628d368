// The publishing actions against a real PostgreSQL, through the real session lookup: the request's
// cookies are the only thing stood in for, and the public-cache refresh is recorded instead of
// calling into Next.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const actions = await import("@/lib/publishing/actions");
const { staleMessage } = await import("@/lib/publishing/mutations");
const { readPublicRevision } = await import("@/lib/cache/revision");
const { instantToZoned } = await import("@/lib/time/zoned");

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
type Role = "ADMIN" | "EDITOR" | "REGISTRAR";
const users: Record<"editor" | "registrar", { id: string; email: string; role: Role }> = {
  editor: { id: "", email: `pub-editor-${tag}@portal.localhost`, role: "EDITOR" },
  registrar: { id: "", email: `pub-registrar-${tag}@portal.localhost`, role: "REGISTRAR" },
};
const TIME_ZONE = "Asia/Tokyo";
let eventId = "";
let meetingId = "";

async function signInAs(user: { id: string; role: string }) {
  harness.cookie = await sessionCookieFor(user);
}

/** A venue wall-clock time `minutes` from now, as the form sends it. */
const venueTime = (minutes: number) => instantToZoned(new Date(Date.now() + minutes * 60_000), TIME_ZONE);

async function meetingState() {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { status: true, version: true, publishAt: true, publishedAt: true } });
  const audits = await db.auditLog.findMany({ where: { entityId: meetingId }, select: { action: true, actorLabel: true, before: true, after: true }, orderBy: { createdAt: "asc" } });
  return { ...meeting, audits };
}

beforeAll(async () => {
  for (const user of Object.values(users)) {
    const created = await db.staffUser.create({ data: { email: user.email, name: user.role, passwordHash: "unused", role: user.role }, select: { id: true } });
    user.id = created.id;
  }
  const event = await db.event.create({ data: { slug: `pub-event-${tag}`, title: { en: "Event" }, year: 2026, status: "DRAFT" }, select: { id: true } });
  eventId = event.id;
});

beforeEach(async () => {
  harness.cookie = undefined;
  vi.mocked(revalidatePublicPages).mockClear();
  await db.auditLog.deleteMany({ where: { entityId: { in: [meetingId, eventId] } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.update({ where: { id: eventId }, data: { status: "DRAFT", publishAt: null, version: 1 } });
  const meeting = await db.meeting.create({
    data: { eventId, slug: `pub-meeting-${tag}`, kind: "ROUNDTABLE", title: { en: "Round table" }, status: "DRAFT", timeZone: TIME_ZONE },
    select: { id: true },
  });
  meetingId = meeting.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: { in: [meetingId, eventId] } }, { actorId: { in: Object.values(users).map((user) => user.id) } }] } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("publishing actions refuse callers without the right", () => {
  const calls = () => [
    actions.schedulePublicationAction({ entity: "meeting", id: meetingId, version: 1, publishAt: venueTime(60) }),
    actions.cancelScheduledPublicationAction({ entity: "meeting", id: meetingId, version: 1 }),
    actions.schedulePublicationAction({ entity: "event", id: eventId, version: 1, publishAt: venueTime(60) }),
  ];

  it("refuses every action without a session and changes nothing", async () => {
    const revision = await readPublicRevision(db);
    for (const result of await Promise.all(calls())) expect(result).toEqual({ ok: false, message: "Please sign in." });
    expect(await meetingState()).toMatchObject({ status: "DRAFT", version: 1, publishAt: null, audits: [] });
    expect(await readPublicRevision(db)).toBe(revision);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("refuses every action for a registrar and changes nothing", async () => {
    await signInAs(users.registrar);
    for (const result of await Promise.all(calls())) expect(result).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect(await meetingState()).toMatchObject({ status: "DRAFT", version: 1, publishAt: null, audits: [] });
    expect(await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true } })).toEqual({ status: "DRAFT" });
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });
});

describe("scheduling a publication", () => {
  it("stores the venue time as an instant, audits it, raises the revision; cancelling clears it", async () => {
    await signInAs(users.editor);
    const revision = await readPublicRevision(db);
    const when = venueTime(90);
    const scheduled = await actions.schedulePublicationAction({ entity: "meeting", id: meetingId, version: 1, publishAt: when });
    expect(scheduled).toMatchObject({ ok: true, data: { status: "DRAFT", version: 2 } });

    const state = await meetingState();
    expect(state.publishAt && instantToZoned(state.publishAt, TIME_ZONE)).toBe(when);
    expect(state.audits).toEqual([
      expect.objectContaining({ action: "meeting.schedule-publication", actorLabel: users.editor.email, before: expect.objectContaining({ publishAt: null }) }),
    ]);
    expect(await readPublicRevision(db)).toBe(revision + 1);
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);

    const cancelled = await actions.cancelScheduledPublicationAction({ entity: "meeting", id: meetingId, version: 2 });
    expect(cancelled).toMatchObject({ ok: true, data: { status: "DRAFT", version: 3, publishAt: null } });
    expect((await meetingState()).audits.map((audit) => audit.action)).toEqual(["meeting.schedule-publication", "meeting.cancel-scheduled-publication"]);
  });

  it("refuses a time in the past as a field error, and a stale version with a clear message", async () => {
    await signInAs(users.editor);
    expect(await actions.schedulePublicationAction({ entity: "meeting", id: meetingId, version: 1, publishAt: venueTime(-5) })).toEqual({
      ok: false,
      message: "Some fields need attention.",
      fieldErrors: { publishAt: ["Choose a time in the future."] },
    });
    expect(await actions.schedulePublicationAction({ entity: "meeting", id: meetingId, version: 7, publishAt: venueTime(60) })).toEqual({
      ok: false,
      message: staleMessage("meeting"),
    });
    expect(await meetingState()).toMatchObject({ version: 1, publishAt: null, audits: [] });
  });

  it("refuses to schedule what is already published", async () => {
    await signInAs(users.editor);
    await db.meeting.update({ where: { id: meetingId }, data: { status: "PUBLISHED" } });
    const result = await actions.schedulePublicationAction({ entity: "meeting", id: meetingId, version: 1, publishAt: venueTime(60) });
    expect(result).toEqual({ ok: false, message: "Only a draft can be scheduled: this meeting is already published." });
  });
});

describe("scheduling an event", () => {
  it("schedules a draft event with events:publish, entered at UN Headquarters", async () => {
    await signInAs(users.editor);
    const when = instantToZoned(new Date(Date.now() + 3_600_000), "America/New_York");
    const result = await actions.schedulePublicationAction({ entity: "event", id: eventId, version: 1, publishAt: when });
    expect(result).toMatchObject({ ok: true, data: { status: "DRAFT", version: 2 } });
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { publishAt: true } });
    expect(event.publishAt && instantToZoned(event.publishAt, "America/New_York")).toBe(when);
    expect(await db.auditLog.count({ where: { entityId: eventId, action: "event.schedule-publication" } })).toBe(1);
  });
});
