// The staff meeting actions against a real PostgreSQL, through the real session lookup: the
// request's cookies are the only thing stood in for (there is no HTTP request under Vitest), and
// the public-cache refresh is recorded instead of calling into Next.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const { cancelMeetingAction, createMeetingAction, deleteMeetingAction, publishMeetingAction, unpublishMeetingAction, updateMeetingAction } = await import(
  "@/lib/meetings/actions"
);
const { cancelMeeting, createMeeting, deleteMeeting, publishMeeting, STALE_MEETING_MESSAGE, unpublishMeeting, updateMeeting } = await import("@/lib/meetings/mutations");
const { findMeetingForPreview, getPublicMeeting } = await import("@/lib/meetings/queries");
const { readPublicRevision } = await import("@/lib/cache/revision");
const { ConflictError, ForbiddenError, UnauthorizedError } = await import("@/lib/errors");
type StaffRole = "ADMIN" | "EDITOR" | "REGISTRAR";

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const users: Record<"editor" | "registrar" | "inactive", { id: string; email: string; role: StaffRole; sessionVersion: number }> = {
  editor: { id: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR", sessionVersion: 1 },
  registrar: { id: "", email: `registrar-${tag}@portal.localhost`, role: "REGISTRAR", sessionVersion: 1 },
  inactive: { id: "", email: `inactive-${tag}@portal.localhost`, role: "EDITOR", sessionVersion: 1 },
};
let eventId = "";
let meetingId = "";

async function signInAs(user: { id: string; role: string; sessionVersion: number }) {
  harness.cookie = await sessionCookieFor(user);
}

async function meetingState() {
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: { title: true, slug: true, status: true, version: true, startsAt: true, endsAt: true, publishedAt: true },
  });
  const audits = await db.auditLog.count({ where: { entityType: "Meeting", entityId: meetingId } });
  return { ...meeting, audits };
}

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });

function formFor(version: number, overrides: Record<string, unknown> = {}) {
  return {
    id: meetingId,
    version,
    kind: "ROUNDTABLE",
    slug: `roundtable-${tag}`,
    title: texts("Edited title", { fr: "Titre original" }),
    summary: texts(""),
    venue: texts(""),
    timeZone: "America/New_York",
    allDay: true,
    startsAt: "2013-06-07",
    endsAt: "2013-06-07",
    ...overrides,
  };
}

beforeAll(async () => {
  for (const user of Object.values(users)) {
    const created = await db.staffUser.create({
      data: { email: user.email, name: `${user.role} ${tag}`, passwordHash: "unused", role: user.role, isActive: user !== users.inactive },
      select: { id: true },
    });
    user.id = created.id;
  }
  const event = await db.event.create({ data: { slug: `event-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } });
  eventId = event.id;
});

beforeEach(async () => {
  harness.cookie = undefined;
  vi.mocked(revalidatePublicPages).mockClear();
  await db.auditLog.deleteMany({ where: { entityType: "Meeting", entityId: meetingId } });
  await db.meeting.deleteMany({ where: { eventId } });
  const meeting = await db.meeting.create({
    data: { eventId, slug: `roundtable-${tag}`, kind: "ROUNDTABLE", title: { en: "Original title", fr: "Titre original" }, status: "DRAFT" },
    select: { id: true },
  });
  meetingId = meeting.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { OR: [{ entityId: meetingId }, { actorId: { in: Object.values(users).map((user) => user.id) } }] } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

const notice = { id: "", version: 1, notice: texts("Postponed.") };
const allActions = () => [
  () => updateMeetingAction(formFor(1)),
  () => publishMeetingAction({ id: meetingId, version: 1 }),
  () => unpublishMeetingAction({ id: meetingId, version: 1 }),
  () => cancelMeetingAction({ ...notice, id: meetingId }),
  () => deleteMeetingAction({ id: meetingId, version: 1 }),
  () => createMeetingAction({ ...formFor(1, { slug: `new-${tag}` }), eventId, sourceId: "", copyAgenda: false }),
];

describe("staff meeting actions refuse callers without the right session", () => {
  const unchanged = { title: { en: "Original title", fr: "Titre original" }, status: "DRAFT", version: 1, audits: 0 };

  it("refuses every action without a session and changes nothing", async () => {
    for (const action of allActions()) expect(await action()).toEqual({ ok: false, message: "Please sign in." });
    expect(await meetingState()).toMatchObject(unchanged);
    expect(await db.meeting.count({ where: { eventId } })).toBe(1);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("refuses every action for a registrar and changes nothing", async () => {
    await signInAs(users.registrar);
    for (const action of allActions()) expect(await action()).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect(await meetingState()).toMatchObject(unchanged);
    expect(await db.meeting.count({ where: { eventId } })).toBe(1);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("refuses a deactivated account, and a session revoked by raising the session version", async () => {
    await signInAs(users.inactive);
    expect(await updateMeetingAction(formFor(1))).toEqual({ ok: false, message: "Please sign in." });
    await signInAs(users.editor);
    await db.staffUser.update({ where: { id: users.editor.id }, data: { sessionVersion: { increment: 1 } } });
    try {
      expect(await publishMeetingAction({ id: meetingId, version: 1 })).toEqual({ ok: false, message: "Please sign in." });
    } finally {
      await db.staffUser.update({ where: { id: users.editor.id }, data: { sessionVersion: 1 } });
    }
    expect(await meetingState()).toMatchObject(unchanged);
  });

  it("refuses a forged session cookie", async () => {
    harness.cookie = await encode({ token: { sub: users.editor.id, role: "ADMIN", sv: 1 }, secret: "another-secret-of-sufficient-length-000", maxAge: 3600 });
    expect(await updateMeetingAction(formFor(1))).toEqual({ ok: false, message: "Please sign in." });
    expect(await meetingState()).toMatchObject(unchanged);
  });

  it("has every domain core refuse on its own too", async () => {
    const registrar = { userId: users.registrar.id, email: users.registrar.email, role: "REGISTRAR" as const };
    const cores = [
      (actor: typeof registrar | null) => updateMeeting(db, actor, formFor(1)),
      (actor: typeof registrar | null) => createMeeting(db, actor, { ...formFor(1, { slug: `new-${tag}` }), eventId, sourceId: "", copyAgenda: false }),
      (actor: typeof registrar | null) => publishMeeting(db, actor, { id: meetingId, version: 1 }),
      (actor: typeof registrar | null) => unpublishMeeting(db, actor, { id: meetingId, version: 1 }),
      (actor: typeof registrar | null) => cancelMeeting(db, actor, { ...notice, id: meetingId }),
      (actor: typeof registrar | null) => deleteMeeting(db, actor, { id: meetingId, version: 1 }),
    ];
    for (const core of cores) {
      await expect(core(null)).rejects.toBeInstanceOf(UnauthorizedError);
      await expect(core(registrar)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await meetingState()).toMatchObject(unchanged);
  });
});

describe("an editor's changes", () => {
  it("saves texts, address and dates, audits readable before/after; a draft does not refresh public pages", async () => {
    await signInAs(users.editor);
    const revision = await readPublicRevision(db);
    const saved = await updateMeetingAction(formFor(1, { startsAt: "2013-06-07", endsAt: "2013-06-08", venue: texts("Conference Room 4") }));
    expect(saved).toEqual({ ok: true, data: { id: meetingId, version: 2 } });
    const state = await meetingState();
    expect(state).toMatchObject({ title: { en: "Edited title", fr: "Titre original" }, status: "DRAFT", version: 2, audits: 1 });
    // All-day in New York: from local midnight of the first day to local midnight after the last.
    expect(state.startsAt?.toISOString()).toBe("2013-06-07T04:00:00.000Z");
    expect(state.endsAt?.toISOString()).toBe("2013-06-09T04:00:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: meetingId, action: "meeting.update" } });
    expect(audit.actorId).toBe(users.editor.id);
    expect(audit.before).toMatchObject({ title: { en: "Original title" }, venue: null, startsAt: null, version: 1 });
    expect(audit.after).toMatchObject({ title: { en: "Edited title" }, venue: { en: "Conference Room 4" }, startsAt: "2013-06-07T04:00:00.000Z", version: 2 });
    expect(await readPublicRevision(db)).toBe(revision);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("publishes, raising the public revision and refreshing public pages; the public query follows", async () => {
    await signInAs(users.editor);
    expect(await getPublicMeeting(`roundtable-${tag}`)).toBeNull();
    expect((await findMeetingForPreview(db, meetingId))?.status).toBe("DRAFT");
    const revision = await readPublicRevision(db);
    expect(await publishMeetingAction({ id: meetingId, version: 1 })).toEqual({ ok: true, data: { id: meetingId, version: 2 } });
    const state = await meetingState();
    expect(state).toMatchObject({ status: "PUBLISHED", version: 2, audits: 1 });
    expect(state.publishedAt).toBeInstanceOf(Date);
    expect(await readPublicRevision(db)).toBe(revision + 1);
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
  });

  it("previews a draft with the documents it will show once published: the published ones, not the drafts", async () => {
    const kept = await db.document.create({ data: { meetingId, kind: "AGENDA", title: { en: "Agenda" }, status: "PUBLISHED" }, select: { id: true } });
    await db.document.create({ data: { meetingId, kind: "REPORT", title: { en: "Unfinished report" }, status: "DRAFT" } });
    try {
      expect(await getPublicMeeting(`roundtable-${tag}`)).toBeNull();
      const preview = await findMeetingForPreview(db, meetingId);
      expect(preview?.documents.map((document) => document.id)).toEqual([kept.id]);
    } finally {
      await db.document.deleteMany({ where: { meetingId } });
    }
  });

  it("puts validation problems on their fields and changes nothing", async () => {
    await signInAs(users.editor);
    const result = await updateMeetingAction(formFor(1, { title: texts(" "), endsAt: "" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "title.en": ["Enter the title in English."], endsAt: ["Give both the start and the end, or neither."] } });
    await db.meeting.create({ data: { eventId, slug: `taken-${tag}`, kind: "PANEL", title: { en: "Other" } }, select: { id: true } });
    expect(await updateMeetingAction(formFor(1, { slug: `taken-${tag}` }))).toMatchObject({
      ok: false,
      fieldErrors: { slug: ["This address is already used by another meeting. Choose another one."] },
    });
    expect(await meetingState()).toMatchObject({ slug: `roundtable-${tag}`, version: 1, audits: 0 });
  });
});

describe("optimistic locking", () => {
  it("refuses a stale save, says what changed since (who, field, before → after) and overwrites nothing", async () => {
    await signInAs(users.editor);
    expect((await updateMeetingAction(formFor(1, { title: texts("First save") }))).ok).toBe(true);
    const stale = await updateMeetingAction(formFor(1, { title: texts("Stale save") }));
    expect(stale).toMatchObject({ ok: false, message: STALE_MEETING_MESSAGE });
    const changes = stale.ok ? [] : (stale.changes ?? []);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.actor).toContain(users.editor.email);
    expect(changes[0]?.changes).toContainEqual(expect.objectContaining({ field: "title.en", before: "Original title", after: "First save" }));
    expect(await publishMeetingAction({ id: meetingId, version: 1 })).toMatchObject({ ok: false, message: STALE_MEETING_MESSAGE });
    expect(await meetingState()).toMatchObject({ title: { en: "First save" }, status: "DRAFT", version: 2, audits: 1 });
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const editor = { userId: users.editor.id, email: users.editor.email, role: "EDITOR" as const };
    const outcomes = await Promise.allSettled([
      updateMeeting(db, editor, formFor(1, { title: texts("Save A") })),
      updateMeeting(db, editor, formFor(1, { title: texts("Save B") })),
    ]);
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.status === "rejected" && lost[0].reason).toBeInstanceOf(ConflictError);
    const winner = outcomes[0]?.status === "fulfilled" ? "Save A" : "Save B";
    expect(await meetingState()).toMatchObject({ title: { en: winner }, version: 2, audits: 1 });
  });
});
