// Creating, duplicating (with the agenda), cancelling and deleting meetings against a real
// PostgreSQL, as an editor and as an administrator. Refusals and locking: ./actions.int.test.ts.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { readPublicRevision } from "@/lib/cache/revision";
import { createPrismaClient } from "@/lib/database/client";
import { ConflictError, ValidationError } from "@/lib/errors";
import { cancelMeeting, publishMeeting } from "./lifecycle";
import { createMeeting, deleteMeeting } from "./mutations";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 4 });
const tag = randomUUID().slice(0, 8);
const actors: Record<"admin" | "editor", StaffActor> = {
  admin: { userId: "", email: `admin-${tag}@portal.localhost`, role: "ADMIN" },
  editor: { userId: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR" },
};
let eventId = "";
let sourceId = "";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });
const newMeeting = (overrides: Record<string, unknown> = {}) => ({
  eventId,
  sourceId: "",
  copyAgenda: false,
  kind: "ROUNDTABLE",
  slug: `rt-2-${tag}`,
  title: texts("Round table 2", { fr: "Table ronde 2" }),
  summary: texts(""),
  venue: texts("Trusteeship Council Chamber"),
  timeZone: "America/New_York",
  allDay: false,
  startsAt: "2013-10-04T10:00",
  endsAt: "2013-10-04T13:00",
  ...overrides,
});

beforeAll(async () => {
  for (const actor of Object.values(actors)) {
    const user = await db.staffUser.create({ data: { email: actor.email, name: actor.role, passwordHash: "unused", role: actor.role }, select: { id: true } });
    actor.userId = user.id;
  }
  eventId = (await db.event.create({ data: { slug: `ev-${tag}`, title: { en: "Event" }, year: 2013, status: "PUBLISHED" }, select: { id: true } })).id;
});

beforeEach(async () => {
  await db.meeting.deleteMany({ where: { eventId } });
  const source = await db.meeting.create({
    data: {
      eventId,
      slug: `rt-1-${tag}`,
      kind: "ROUNDTABLE",
      title: { en: "Round table 1" },
      status: "PUBLISHED",
      startsAt: new Date("2013-10-03T14:00:00Z"),
      endsAt: new Date("2013-10-03T17:00:00Z"),
      agendaItems: {
        create: [
          {
            position: 1,
            title: { en: "Opening" },
            startsAt: new Date("2013-10-03T14:00:00Z"),
            endsAt: new Date("2013-10-03T14:30:00Z"),
            speakers: { create: [{ position: 1, role: "CHAIR", name: "Ana Lima", organisation: { en: "IOM" } }] },
          },
          { position: 2, kind: "BREAK", title: { en: "Break" } },
        ],
      },
    },
    select: { id: true },
  });
  sourceId = source.id;
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(actors).map((actor) => actor.userId) } } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: eventId } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("creating and duplicating", () => {
  it("creates a draft at the venue's time, audited, without touching public pages", async () => {
    const revision = await readPublicRevision(db);
    const created = await createMeeting(db, actors.editor, newMeeting());
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, startsAt: true, venue: true, title: true } });
    expect(meeting).toMatchObject({ status: "DRAFT", venue: { en: "Trusteeship Council Chamber" }, title: { en: "Round table 2", fr: "Table ronde 2" } });
    expect(meeting.startsAt?.toISOString()).toBe("2013-10-04T14:00:00.000Z");
    expect(await db.auditLog.findFirst({ where: { entityId: created.id }, select: { action: true, after: true } })).toMatchObject({ action: "meeting.create", after: { slug: `rt-2-${tag}`, status: "DRAFT" } });
    expect(await readPublicRevision(db)).toBe(revision);
  });

  it("duplicates as a draft with a copy of the agenda, times moved with the new start", async () => {
    const created = await createMeeting(db, actors.admin, newMeeting({ sourceId, copyAgenda: true }));
    const copy = await db.meeting.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, agendaItems: { orderBy: { position: "asc" }, select: { title: true, kind: true, startsAt: true, speakers: { select: { name: true, role: true, organisation: true } } } } },
    });
    expect(copy.status).toBe("DRAFT");
    expect(copy.agendaItems).toHaveLength(2);
    expect(copy.agendaItems[0]).toMatchObject({ title: { en: "Opening" }, speakers: [{ name: "Ana Lima", role: "CHAIR", organisation: { en: "IOM" } }] });
    expect(copy.agendaItems[0]?.startsAt?.toISOString()).toBe("2013-10-04T14:00:00.000Z");
    expect(copy.agendaItems[1]).toMatchObject({ kind: "BREAK", startsAt: null });
    // The source keeps its own agenda.
    expect(await db.agendaItem.count({ where: { meetingId: sourceId } })).toBe(2);
    expect(await db.auditLog.findFirst({ where: { entityId: created.id }, select: { action: true } })).toEqual({ action: "meeting.duplicate" });
  });

  it("duplicates without the agenda when not asked, and refuses a taken address on its field", async () => {
    const created = await createMeeting(db, actors.editor, newMeeting({ sourceId }));
    expect(await db.agendaItem.count({ where: { meetingId: created.id } })).toBe(0);
    const taken = (await createMeeting(db, actors.editor, newMeeting({ slug: `rt-1-${tag}` })).catch((error: unknown) => error)) as ValidationError;
    expect(taken).toBeInstanceOf(ValidationError);
    expect(taken.fieldErrors).toEqual({ slug: ["This address is already used by another meeting. Choose another one."] });
    const noEvent = (await createMeeting(db, actors.editor, newMeeting({ slug: `x-${tag}`, eventId: "" })).catch((error: unknown) => error)) as ValidationError;
    expect(noEvent.fieldErrors).toMatchObject({ eventId: ["Choose the event."] });
    expect(await db.meeting.count({ where: { eventId } })).toBe(2);
  });
});

describe("cancelling and deleting", () => {
  it("cancels a published meeting with a notice; the public page keeps it", async () => {
    const revision = await readPublicRevision(db);
    await cancelMeeting(db, actors.editor, { id: sourceId, version: 1, notice: texts("Postponed.", { fr: "Reportée." }) });
    expect(await db.meeting.findUniqueOrThrow({ where: { id: sourceId }, select: { status: true, cancellationNotice: true, version: true } })).toEqual({
      status: "CANCELLED",
      cancellationNotice: { en: "Postponed.", fr: "Reportée." },
      version: 2,
    });
    expect(await readPublicRevision(db)).toBe(revision + 1);
    const missingNotice = (await cancelMeeting(db, actors.editor, { id: sourceId, version: 2, notice: texts("") }).catch((error: unknown) => error)) as ValidationError;
    expect(missingNotice.fieldErrors).toMatchObject({ "notice.en": ["Enter the cancellation notice in English."] });
  });

  it("deletes drafts only, with their agenda; a published meeting must be cancelled instead", async () => {
    await expect(deleteMeeting(db, actors.editor, { id: sourceId, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    const draft = await createMeeting(db, actors.editor, newMeeting({ sourceId, copyAgenda: true }));
    await expect(cancelMeeting(db, actors.editor, { id: draft.id, version: 1, notice: texts("No.") })).rejects.toBeInstanceOf(ConflictError);
    expect(await deleteMeeting(db, actors.admin, { id: draft.id, version: 1 })).toEqual({ id: draft.id });
    expect(await db.meeting.count({ where: { id: draft.id } })).toBe(0);
    expect(await db.agendaItem.count({ where: { meetingId: draft.id } })).toBe(0);
    expect(await db.meeting.count({ where: { id: sourceId } })).toBe(1);
  });

  it("publishing a published meeting changes nothing", async () => {
    expect(await publishMeeting(db, actors.editor, { id: sourceId, version: 1 })).toMatchObject({ version: 1, affectsPublic: false });
  });
});
