// The agenda save against a real PostgreSQL, through the real session lookup: the request's
// cookies are the only thing stood in for (there is no HTTP request under Vitest), and the
// public-cache refresh is recorded instead of calling into Next.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { harness, sessionCookieFor } from "@/lib/testing/session-harness";
import { testDb } from "@/lib/testing/test-db";

vi.mock("next/headers", async () => (await import("@/lib/testing/session-harness")).nextHeadersMock());
vi.mock("@/lib/cache/public", () => ({ revalidatePublicPages: vi.fn() }));

const { revalidatePublicPages } = await import("@/lib/cache/public");
const { saveAgendaAction } = await import("@/lib/agenda/actions");
const { AgendaConflictError, saveAgenda, STALE_AGENDA_MESSAGE } = await import("@/lib/agenda/mutations");
const { readPublicRevision } = await import("@/lib/cache/revision");
const { ForbiddenError, UnauthorizedError } = await import("@/lib/errors");
type StaffRole = "ADMIN" | "EDITOR" | "REGISTRAR";

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const users: Record<"editor" | "registrar", { id: string; email: string; role: StaffRole }> = {
  editor: { id: "", email: `agenda-editor-${tag}@portal.localhost`, role: "EDITOR" },
  registrar: { id: "", email: `agenda-registrar-${tag}@portal.localhost`, role: "REGISTRAR" },
};
let eventId = "";
let meetingId = "";

async function signInAs(user: { id: string; role: string }) {
  harness.cookie = await sessionCookieFor(user);
}

const text = (en: string) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "" });
const speaker = (name: string, role = "SPEAKER") => ({ role, name, function: text("Minister"), organisation: text("") });
const item = (title: string, startsAt: string, endsAt: string, overrides: Record<string, unknown> = {}) => ({
  kind: "ITEM",
  title: text(title),
  description: text(""),
  startsAt,
  endsAt,
  speakers: [] as unknown[],
  ...overrides,
});

/** A valid three-item agenda on 3 October 2013 (the meeting's day, New York). */
function agenda(agendaVersion: number, items: unknown[] = defaultItems()) {
  return { meetingId, agendaVersion, items };
}
function defaultItems() {
  return [
    item("Opening", "2013-10-03T10:00", "2013-10-03T10:30", { speakers: [speaker("Ana Chair", "CHAIR"), speaker("Ben Speaker")] }),
    item("Coffee break", "2013-10-03T10:30", "2013-10-03T10:45", { kind: "BREAK" }),
    item("Round table", "2013-10-03T10:45", "2013-10-03T12:00"),
  ];
}

async function agendaState() {
  const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId }, select: { version: true, agendaVersion: true } });
  const items = await db.agendaItem.findMany({
    where: { meetingId },
    orderBy: { position: "asc" },
    select: { title: true, kind: true, startsAt: true, speakers: { orderBy: { position: "asc" }, select: { name: true, role: true, function: true } } },
  });
  const audits = await db.auditLog.count({ where: { entityType: "Agenda", entityId: meetingId } });
  return { ...meeting, titles: items.map((row) => (row.title as { en: string }).en), items, audits };
}

beforeAll(async () => {
  for (const user of Object.values(users)) {
    const created = await db.staffUser.create({
      data: { email: user.email, name: user.role, passwordHash: "unused", role: user.role },
      select: { id: true },
    });
    user.id = created.id;
  }
  const event = await db.event.create({ data: { slug: `agenda-event-${tag}`, title: { en: "Event" }, year: 2013 }, select: { id: true } });
  eventId = event.id;
});

beforeEach(async () => {
  harness.cookie = undefined;
  vi.mocked(revalidatePublicPages).mockClear();
  await db.auditLog.deleteMany({ where: { entityType: "Agenda", entityId: meetingId } });
  await db.meeting.deleteMany({ where: { eventId } });
  // 3 October 2013, 10:00–13:00 in New York (EDT, UTC−4).
  const meeting = await db.meeting.create({
    data: {
      eventId,
      slug: `agenda-meeting-${tag}`,
      kind: "ROUNDTABLE",
      title: { en: "Round table" },
      startsAt: new Date("2013-10-03T14:00:00Z"),
      endsAt: new Date("2013-10-03T17:00:00Z"),
      agendaItems: { create: [{ position: 0, title: { en: "Stored item" } }] },
    },
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

const unchanged = { version: 1, agendaVersion: 1, titles: ["Stored item"], audits: 0 };

describe("who may save an agenda", () => {
  it("refuses a caller without a session and changes nothing", async () => {
    expect(await saveAgendaAction(agenda(1))).toEqual({ ok: false, message: "Please sign in." });
    expect(await agendaState()).toMatchObject(unchanged);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("refuses a registrar and changes nothing", async () => {
    await signInAs(users.registrar);
    expect(await saveAgendaAction(agenda(1))).toEqual({ ok: false, message: "You do not have permission to do this." });
    expect(await agendaState()).toMatchObject(unchanged);
    expect(revalidatePublicPages).not.toHaveBeenCalled();
  });

  it("has the domain core refuse on its own too", async () => {
    await expect(saveAgenda(db, null, agenda(1))).rejects.toBeInstanceOf(UnauthorizedError);
    const registrar = { userId: users.registrar.id, email: users.registrar.email, role: "REGISTRAR" as const };
    await expect(saveAgenda(db, registrar, agenda(1))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await agendaState()).toMatchObject(unchanged);
  });
});

describe("an editor's save", () => {
  it("replaces items and speakers in order, bumps agendaVersion only, audits, and refreshes the public pages", async () => {
    await signInAs(users.editor);
    const revisionBefore = await readPublicRevision(db);
    expect(await saveAgendaAction(agenda(1))).toEqual({ ok: true, data: { agendaVersion: 2 } });

    const state = await agendaState();
    expect(state).toMatchObject({ version: 1, agendaVersion: 2, titles: ["Opening", "Coffee break", "Round table"], audits: 1 });
    expect(state.items[0]?.startsAt?.toISOString()).toBe("2013-10-03T14:00:00.000Z");
    expect(state.items[1]?.kind).toBe("BREAK");
    expect(state.items[0]?.speakers).toEqual([
      { name: "Ana Chair", role: "CHAIR", function: { en: "Minister" } },
      { name: "Ben Speaker", role: "SPEAKER", function: { en: "Minister" } },
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Agenda", entityId: meetingId } });
    expect(audit).toMatchObject({ actorId: users.editor.id, action: "agenda.update" });
    expect(audit.before).toEqual({ agendaVersion: 1, items: ["Stored item"] });
    expect(audit.after).toEqual({
      agendaVersion: 2,
      items: ["10:00–10:30 Opening (2 speakers)", "10:30–10:45 Coffee break (break)", "10:45–12:00 Round table"],
    });
    expect(await readPublicRevision(db)).toBe(revisionBefore + 1);
    expect(revalidatePublicPages).toHaveBeenCalledTimes(1);
  });

  it("accepts any times, or none, on an undated meeting", async () => {
    await db.meeting.update({ where: { id: meetingId }, data: { startsAt: null, endsAt: null } });
    await signInAs(users.editor);
    const items = [item("Opening", "", ""), item("Later", "2031-01-01T09:00", "2031-01-01T10:00")];
    expect(await saveAgendaAction(agenda(1, items))).toEqual({ ok: true, data: { agendaVersion: 2 } });
    expect((await agendaState()).titles).toEqual(["Opening", "Later"]);
  });

  it("puts time problems on the item's fields and changes nothing", async () => {
    await signInAs(users.editor);
    const items = defaultItems();
    items[1] = item("Coffee break", "2013-10-03T11:00", "2013-10-03T10:45", { kind: "BREAK" });
    items[2] = item("Round table", "2013-10-04T10:45", "2013-10-04T12:00");
    items.push(item(" ", "2013-10-02T23:00", "2013-10-03T01:00"));
    const result = await saveAgendaAction(agenda(1, items));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "items.1.endsAt": ["The end must be after the start."],
        "items.2.startsAt": ["Times must fall within the meeting's days (3 October 2013)."],
        "items.2.endsAt": ["Times must fall within the meeting's days (3 October 2013)."],
        "items.3.title.en": ["Enter the title in English."],
        "items.3.startsAt": ["Times must fall within the meeting's days (3 October 2013)."],
      },
    });
    expect(await agendaState()).toMatchObject(unchanged);
  });

  it("refuses speakers on a break", async () => {
    await signInAs(users.editor);
    const items = [item("Break", "", "", { kind: "BREAK", speakers: [speaker("Someone")] })];
    expect(await saveAgendaAction(agenda(1, items))).toMatchObject({ ok: false, fieldErrors: { "items.0.speakers": ["A break has no speakers."] } });
    expect(await agendaState()).toMatchObject(unchanged);
  });
});

describe("no lost updates", () => {
  it("refuses a stale save, showing what the other save changed, and overwrites nothing", async () => {
    await signInAs(users.editor);
    expect((await saveAgendaAction(agenda(1))).ok).toBe(true);
    const stale = await saveAgendaAction(agenda(1, [item("My stale version", "", "")]));
    expect(stale).toMatchObject({ ok: false, message: STALE_AGENDA_MESSAGE });
    const conflict = "conflict" in stale ? stale.conflict : [];
    expect(conflict).toHaveLength(1);
    expect(conflict[0]).toMatchObject({ actor: `EDITOR (${users.editor.email})`, action: "Updated agenda" });
    expect(conflict[0]?.changes).toEqual([
      {
        field: "items",
        label: "Items",
        before: "Stored item",
        after: "10:00–10:30 Opening (2 speakers); 10:30–10:45 Coffee break (break); 10:45–12:00 Round table",
      },
    ]);
    expect(await agendaState()).toMatchObject({ agendaVersion: 2, titles: ["Opening", "Coffee break", "Round table"], audits: 1 });
  });

  it("lets exactly one of two concurrent saves of the same agendaVersion win", async () => {
    const editor = { userId: users.editor.id, email: users.editor.email, role: "EDITOR" as const };
    const outcomes = await Promise.allSettled([
      saveAgenda(db, editor, agenda(1, [item("Save A", "", "")])),
      saveAgenda(db, editor, agenda(1, [item("Save B first", "", ""), item("Save B second", "", "")])),
    ]);
    const won = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const lost = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const reason: unknown = lost[0]?.status === "rejected" ? lost[0].reason : null;
    expect(reason).toBeInstanceOf(AgendaConflictError);
    const winnerTitles = outcomes[0]?.status === "fulfilled" ? ["Save A"] : ["Save B first", "Save B second"];
    expect(await agendaState()).toMatchObject({ agendaVersion: 2, titles: winnerTitles, audits: 1 });
    expect(reason instanceof AgendaConflictError && reason.changes.length).toBe(1);
  });
});
