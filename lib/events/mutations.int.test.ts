// The event domain cores against a real PostgreSQL: who may do what, what is stored and audited,
// when the public revision moves, and optimistic locking.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { findChangesSince } from "@/lib/audit/queries";
import type { StaffActor } from "@/lib/auth/actor";
import { readPublicRevision } from "@/lib/cache/revision";
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { testDb } from "@/lib/testing/test-db";
import { cancelEvent, publishEvent, unpublishEvent } from "./lifecycle";
import { createEvent, deleteEvent, updateEvent } from "./mutations";

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const actors: Record<"admin" | "editor" | "registrar", StaffActor> = {
  admin: { userId: "", email: `admin-${tag}@portal.localhost`, role: "ADMIN" },
  editor: { userId: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR" },
  registrar: { userId: "", email: `registrar-${tag}@portal.localhost`, role: "REGISTRAR" },
};
let eventId = "";

const texts = (en: string, others: Record<string, string> = {}) => ({ ar: "", zh: "", en, fr: "", ru: "", es: "", ...others });
const fields = (overrides: Record<string, unknown> = {}) => ({
  slug: `hld-${tag}`,
  year: 2013,
  startsOn: "2013-10-03",
  endsOn: "2013-10-04",
  title: texts("High-level Dialogue 2013", { fr: "Dialogue de haut niveau 2013" }),
  summary: texts(""),
  venue: texts("United Nations Headquarters"),
  ...overrides,
});

async function state() {
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { slug: true, title: true, status: true, version: true, cancellationNotice: true } });
  return { ...event, audits: await db.auditLog.count({ where: { entityType: "Event", entityId: eventId } }) };
}

beforeAll(async () => {
  for (const actor of Object.values(actors)) {
    const user = await db.staffUser.create({ data: { email: actor.email, name: actor.role, passwordHash: "unused", role: actor.role }, select: { id: true } });
    actor.userId = user.id;
  }
});

beforeEach(async () => {
  await db.auditLog.deleteMany({ where: { entityType: "Event", entityId: eventId } });
  await db.event.deleteMany({ where: { slug: { contains: tag } } });
  eventId = (await createEvent(db, actors.editor, fields())).id;
  await db.auditLog.deleteMany({ where: { entityType: "Event", entityId: eventId } });
});

afterAll(async () => {
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(actors).map((actor) => actor.userId) } } });
  await db.meeting.deleteMany({ where: { slug: { contains: tag } } });
  await db.event.deleteMany({ where: { slug: { contains: tag } } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("refusals", () => {
  it("refuses every core without an actor and for a registrar, changing nothing", async () => {
    const cores = [
      (actor: StaffActor | null) => createEvent(db, actor, fields({ slug: `other-${tag}` })),
      (actor: StaffActor | null) => updateEvent(db, actor, { id: eventId, version: 1, ...fields({ title: texts("Changed") }) }),
      (actor: StaffActor | null) => publishEvent(db, actor, { id: eventId, version: 1 }),
      (actor: StaffActor | null) => unpublishEvent(db, actor, { id: eventId, version: 1 }),
      (actor: StaffActor | null) => cancelEvent(db, actor, { id: eventId, version: 1, notice: texts("Off.") }),
      (actor: StaffActor | null) => deleteEvent(db, actor, { id: eventId, version: 1 }),
    ];
    for (const core of cores) {
      await expect(core(null)).rejects.toBeInstanceOf(UnauthorizedError);
      await expect(core(actors.registrar)).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await state()).toMatchObject({ status: "DRAFT", version: 1, audits: 0, title: { en: "High-level Dialogue 2013" } });
    expect(await db.event.count({ where: { slug: `other-${tag}` } })).toBe(0);
  });
});

describe("editing", () => {
  it("creates a draft and saves every language, auditing readable before/after", async () => {
    const created = await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { status: true, startsOn: true, venue: true } });
    expect(created).toMatchObject({ status: "DRAFT", venue: { en: "United Nations Headquarters" } });
    expect(created.startsOn?.toISOString()).toBe("2013-10-03T00:00:00.000Z");

    const revision = await readPublicRevision(db);
    const saved = await updateEvent(db, actors.admin, { id: eventId, version: 1, ...fields({ title: texts("HLD 2013", { es: "Diálogo 2013" }), venue: texts("") }) });
    expect(saved).toMatchObject({ version: 2, affectsPublic: false });
    expect(await state()).toMatchObject({ title: { en: "HLD 2013", es: "Diálogo 2013" }, version: 2, audits: 1 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: eventId, action: "event.update" } });
    expect(audit.before).toMatchObject({ title: { en: "High-level Dialogue 2013", fr: "Dialogue de haut niveau 2013" }, startsOn: "2013-10-03", venue: { en: "United Nations Headquarters" } });
    expect(audit.after).toMatchObject({ title: { en: "HLD 2013", es: "Diálogo 2013" }, venue: null, version: 2 });
    // A draft is not public: nothing to refresh.
    expect(await readPublicRevision(db)).toBe(revision);
  });

  it("puts validation problems on their fields, including a taken address", async () => {
    const invalid = updateEvent(db, actors.editor, { id: eventId, version: 1, ...fields({ title: texts(""), year: 2014, endsOn: "2013-10-01" }) });
    await expect(invalid).rejects.toBeInstanceOf(ValidationError);
    const error = (await invalid.catch((caught: unknown) => caught)) as ValidationError;
    expect(error.fieldErrors).toMatchObject({ "title.en": ["Enter the title in English."], year: ["The year must be the year of the first day."], endsOn: ["The last day cannot be before the first day."] });
    await createEvent(db, actors.editor, fields({ slug: `taken-${tag}` }));
    const taken = (await updateEvent(db, actors.editor, { id: eventId, version: 1, ...fields({ slug: `taken-${tag}` }) }).catch((caught: unknown) => caught)) as ValidationError;
    expect(taken.fieldErrors).toEqual({ slug: ["This address is already used by another event. Choose another one."] });
    expect(await state()).toMatchObject({ slug: `hld-${tag}`, version: 1, audits: 0 });
  });
});

describe("publication states", () => {
  it("publishes, cancels with a notice (staying public) and unpublishes, each raising the public revision", async () => {
    const revision = await readPublicRevision(db);
    await expect(cancelEvent(db, actors.editor, { id: eventId, version: 1, notice: texts("Off.") })).rejects.toBeInstanceOf(ConflictError);
    expect(await publishEvent(db, actors.editor, { id: eventId, version: 1 })).toMatchObject({ version: 2, affectsPublic: true });
    expect(await cancelEvent(db, actors.admin, { id: eventId, version: 2, notice: texts("Postponed to 2014.", { fr: "Reporté à 2014." }) })).toMatchObject({ version: 3 });
    expect(await state()).toMatchObject({ status: "CANCELLED", cancellationNotice: { en: "Postponed to 2014.", fr: "Reporté à 2014." }, audits: 2 });
    await expect(deleteEvent(db, actors.admin, { id: eventId, version: 3 })).rejects.toThrow("Only drafts can be deleted");
    expect(await unpublishEvent(db, actors.editor, { id: eventId, version: 3 })).toMatchObject({ version: 4 });
    expect(await readPublicRevision(db)).toBe(revision + 3);
    expect(await state()).toMatchObject({ status: "DRAFT", version: 4, audits: 3 });
  });

  it("deletes a draft only when no meeting belongs to it", async () => {
    const meeting = await db.meeting.create({ data: { eventId, slug: `m-${tag}`, kind: "PANEL", title: { en: "Panel" } }, select: { id: true } });
    await expect(deleteEvent(db, actors.editor, { id: eventId, version: 1 })).rejects.toThrow("This draft has a meeting");
    await db.meeting.delete({ where: { id: meeting.id } });
    expect(await deleteEvent(db, actors.editor, { id: eventId, version: 1 })).toEqual({ id: eventId });
    expect(await db.event.count({ where: { id: eventId } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: eventId, action: "event.delete" } })).toBe(1);
  });
});

describe("optimistic locking", () => {
  it("lets exactly one of two concurrent saves win; the other changes nothing and learns what changed", async () => {
    const outcomes = await Promise.allSettled([
      updateEvent(db, actors.editor, { id: eventId, version: 1, ...fields({ title: texts("Save A") }) }),
      updateEvent(db, actors.admin, { id: eventId, version: 1, ...fields({ title: texts("Save B") }) }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const lost = outcomes.find((outcome) => outcome.status === "rejected");
    expect(lost?.status === "rejected" && lost.reason).toBeInstanceOf(ConflictError);
    const winner = outcomes[0]?.status === "fulfilled" ? "Save A" : "Save B";
    expect(await state()).toMatchObject({ title: { en: winner }, version: 2, audits: 1 });
    const changes = await findChangesSince(db, "Event", eventId, 1);
    expect(changes[0]?.changes).toContainEqual(expect.objectContaining({ field: "title.en", before: "High-level Dialogue 2013", after: winner }));
  });
});
