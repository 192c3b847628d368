// Opening registration and changing its settings, against a real PostgreSQL.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { readPublicRevision } from "@/lib/cache/revision";
import { ConflictError, ValidationError } from "@/lib/errors";
import { createRegistrationPeriod, PERIOD_EXISTS_MESSAGE, STALE_PERIOD_MESSAGE, updateRegistrationPeriod } from "@/lib/registrations/periods";
import { createRegistration, createStaffActor } from "@/lib/testing/registration-fixtures";
import { testDb } from "@/lib/testing/test-db";

const db = testDb(8);
let registrar: StaffActor;
let eventId = "";

const settings = (overrides: Record<string, unknown> = {}) => ({
  opensAt: "2026-12-01T09:00",
  closesAt: "2026-12-10T18:00",
  capacityOrganisations: "10",
  capacityPersons: "",
  maxRepresentatives: 3,
  nonObjectionRequired: true,
  autoPromote: false,
  privacyNotice: { en: "We keep your data for one year.", fr: "Nous conservons vos données un an." },
  declineMessage: { en: "We regret.", fr: "Nous regrettons." },
  ...overrides,
});

async function meeting(kind: "INTERACTIVE_HEARING" | "ROUNDTABLE", timeZone = "Europe/Zurich") {
  return (
    await db.meeting.create({
      data: { eventId, slug: `m-${randomUUID().slice(0, 8)}`, kind, title: { en: "Hearing" }, timeZone },
      select: { id: true },
    })
  ).id;
}

beforeAll(async () => {
  registrar = await createStaffActor(db, "REGISTRAR");
  eventId = (await db.event.create({ data: { slug: `p-${randomUUID().slice(0, 8)}`, title: { en: "HLD" }, year: 2026 }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("createRegistrationPeriod", () => {
  it("opens registration on a hearing in its time zone, audits it and raises the public revision", async () => {
    const meetingId = await meeting("INTERACTIVE_HEARING", "Europe/Zurich");
    const revision = await readPublicRevision(db);
    const result = await createRegistrationPeriod(db, registrar, { target: { meetingId }, settings: settings() });
    expect(result).toEqual({ id: expect.any(String), version: 1, warnings: [], affectsPublic: true });
    const period = await db.registrationPeriod.findUniqueOrThrow({ where: { id: result.id } });
    expect(period).toMatchObject({ eventId, meetingId, scopeKey: `meeting:${meetingId}`, capacityOrganisations: 10, capacityPersons: null, maxRepresentatives: 3 });
    // 09:00 in Geneva (Europe/Zurich) in December is 08:00 UTC.
    expect(period.opensAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(period.closesAt.toISOString()).toBe("2026-12-10T17:00:00.000Z");
    expect(await readPublicRevision(db)).toBe(revision + 1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: result.id, action: "registration-period.create" }, select: { actorLabel: true, after: true } });
    expect(audit.actorLabel).toBe(registrar.email);
    expect(audit.after).toMatchObject({ scope: `meeting:${meetingId}`, opensAt: "2026-12-01T08:00:00.000Z", capacityOrganisations: 10 });
  });

  it("reads an event's times in New York and refuses other kinds of meeting", async () => {
    const event = await db.event.create({ data: { slug: `e-${randomUUID().slice(0, 8)}`, title: { en: "E" }, year: 2026 }, select: { id: true } });
    const result = await createRegistrationPeriod(db, registrar, { target: { eventId: event.id }, settings: settings() });
    const period = await db.registrationPeriod.findUniqueOrThrow({ where: { id: result.id }, select: { opensAt: true, meetingId: true, scopeKey: true } });
    expect(period).toEqual({ opensAt: new Date("2026-12-01T14:00:00.000Z"), meetingId: null, scopeKey: `event:${event.id}` });
    const roundtable = await meeting("ROUNDTABLE");
    await expect(createRegistrationPeriod(db, registrar, { target: { meetingId: roundtable }, settings: settings() })).rejects.toThrow(ConflictError);
    await expect(createRegistrationPeriod(db, registrar, { target: { meetingId: await meeting("INTERACTIVE_HEARING") }, settings: settings({ opensAt: "2026-02-30T09:00" }) })).rejects.toMatchObject({
      constructor: ValidationError,
      fieldErrors: { "settings.opensAt": ["Enter a real date and time for the opening time."] },
    });
  });

  it("allows one period per hearing, also when staff open it at the same moment", async () => {
    const meetingId = await meeting("INTERACTIVE_HEARING");
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => createRegistrationPeriod(db, registrar, { target: { meetingId }, settings: settings() })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    for (const outcome of outcomes.filter((item) => item.status === "rejected")) {
      expect(outcome.reason).toBeInstanceOf(ConflictError);
      expect((outcome.reason as Error).message).toBe(PERIOD_EXISTS_MESSAGE);
    }
    expect(await db.registrationPeriod.count({ where: { meetingId } })).toBe(1);
    await expect(createRegistrationPeriod(db, registrar, { target: { meetingId }, settings: settings() })).rejects.toThrow(PERIOD_EXISTS_MESSAGE);
  });
});

describe("updateRegistrationPeriod", () => {
  it("saves with optimistic locking and reports a capacity below what is approved without un-approving anyone", async () => {
    const meetingId = await meeting("INTERACTIVE_HEARING", "America/New_York");
    const { id } = await createRegistrationPeriod(db, registrar, { target: { meetingId }, settings: settings() });
    const period = { id, eventId };
    for (let index = 0; index < 3; index += 1) await createRegistration(db, period, { status: "APPROVED", representatives: 2 });

    const saved = await updateRegistrationPeriod(db, registrar, { periodId: id, version: 1, settings: settings({ capacityOrganisations: "2", capacityPersons: "5", autoPromote: true }) });
    expect(saved.version).toBe(2);
    expect(saved.warnings).toEqual([
      "3 organisations are already approved, more than the new capacity of 2. Nobody was un-approved; no one more will be approved until places free.",
      "6 representatives are already approved, more than the new capacity of 5 persons. Nobody was un-approved; no one more will be approved until places free.",
    ]);
    expect(await db.registration.count({ where: { periodId: id, status: "APPROVED" } })).toBe(3);
    expect(await db.registrationPeriod.findUniqueOrThrow({ where: { id }, select: { capacityOrganisations: true, autoPromote: true, opensAt: true } })).toEqual({
      capacityOrganisations: 2,
      autoPromote: true,
      opensAt: new Date("2026-12-01T14:00:00.000Z"),
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "registration-period.update" }, select: { before: true, after: true } });
    expect(audit.before).toMatchObject({ capacityOrganisations: 10, version: 1 });
    expect(audit.after).toMatchObject({ capacityOrganisations: 2, version: 2 });

    // A save from the old version is refused and changes nothing.
    await expect(updateRegistrationPeriod(db, registrar, { periodId: id, version: 1, settings: settings({ capacityOrganisations: "50" }) })).rejects.toThrow(STALE_PERIOD_MESSAGE);
    expect((await db.registrationPeriod.findUniqueOrThrow({ where: { id }, select: { capacityOrganisations: true, version: true } }))).toEqual({ capacityOrganisations: 2, version: 2 });
  });
});
