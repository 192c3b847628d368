// Staff decisions against a real PostgreSQL: waitlist order and promotion, non-objection, one
// email per transition in the registrant's language written in the same transaction, declines
// freeing the organisation's keys, and every core refusing an EDITOR and an anonymous caller.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { confirmRegistration } from "@/lib/registrations/confirm";
import {
  addRegistrationNote,
  approveRegistrations,
  declineRegistrations,
  promoteNext,
  recordNonObjection,
  releasePlace,
  waitlistRegistrations,
} from "@/lib/registrations/decisions";
import { createRegistrationPeriod, updateRegistrationPeriod } from "@/lib/registrations/periods";
import { withdrawOwnRegistration } from "@/lib/registrations/registrant";
import { newSecretToken } from "@/lib/registrations/tokens";
import { createPeriod, createRegistration, createStaffActor } from "@/lib/testing/registration-fixtures";
import { testDb } from "@/lib/testing/test-db";

const db = testDb(4);
let registrar: StaffActor;
let editor: StaffActor;

beforeAll(async () => {
  registrar = await createStaffActor(db, "REGISTRAR");
  editor = await createStaffActor(db, "EDITOR");
});

afterAll(async () => {
  await db.$disconnect();
});

const statusOf = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const emailsOf = (id: string) => db.outboxMessage.findMany({ where: { registrationId: id }, select: { template: true, language: true, textBody: true, subject: true } });

/** A status-page token for a fixture registration, so the registrant's own withdrawal can be used. */
async function accessTokenFor(id: string): Promise<string> {
  const { token, hash } = newSecretToken();
  await db.registration.update({ where: { id }, data: { accessTokenHash: hash } });
  return token;
}

describe("waitlist and promotion", () => {
  it("keeps the order of waitlisting, including within one bulk selection", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 1 });
    const [a, b, c, d] = [await createRegistration(db, period), await createRegistration(db, period), await createRegistration(db, period), await createRegistration(db, period)];
    await waitlistRegistrations(db, registrar, { ids: [c] });
    const bulk = await waitlistRegistrations(db, registrar, { ids: [b, a, c] });
    expect(bulk.waitlisted).toEqual([b, a]);
    expect(bulk.refused).toEqual([{ id: c, organisation: expect.any(String), reason: "Already on the waitlist" }]);
    await waitlistRegistrations(db, registrar, { ids: [d] });
    const order = await db.registration.findMany({ where: { periodId: period.id, status: "WAITLISTED" }, orderBy: [{ waitlistedAt: "asc" }, { id: "asc" }], select: { id: true } });
    expect(order.map((row) => row.id)).toEqual([c, b, a, d]);
    // One place: Promote next takes the earliest.
    expect((await promoteNext(db, registrar, { periodId: period.id })).promoted?.id).toBe(c);
    const full = await promoteNext(db, registrar, { periodId: period.id });
    expect(full.promoted).toBeNull();
    expect(full.message).toBe("Nobody was promoted. No place left: capacity 1 organisation reached.");
  });

  it("with autoPromote, a withdrawal promotes the earliest waitlisted one that is cleared (skipping one pending non-objection)", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 2, autoPromote: true });
    const approved = [await createRegistration(db, period, { status: "APPROVED" }), await createRegistration(db, period, { status: "APPROVED" })];
    const t = Date.now() - 60_000;
    const pending = await createRegistration(db, period, { status: "WAITLISTED", nonObjection: "PENDING", ecosocStatus: "NONE", waitlistedAt: new Date(t) });
    const first = await createRegistration(db, period, { status: "WAITLISTED", waitlistedAt: new Date(t + 1000), language: "ES" });
    const second = await createRegistration(db, period, { status: "WAITLISTED", waitlistedAt: new Date(t + 2000) });

    await withdrawOwnRegistration(db, { token: await accessTokenFor(approved[0] ?? "") });
    expect(await statusOf(approved[0] ?? "")).toBe("WITHDRAWN");
    expect(await statusOf(first)).toBe("APPROVED");
    expect(await statusOf(pending)).toBe("WAITLISTED");
    expect(await statusOf(second)).toBe("WAITLISTED");
    expect(await emailsOf(first)).toEqual([expect.objectContaining({ template: "registration.approved", language: "ES" })]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: first, action: "registration.promote" }, select: { actorLabel: true } });
    expect(audit.actorLabel).toBe("system:auto-promote");
  });

  it("without autoPromote nothing moves on a freed place, and Promote next does it in one call", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 1, autoPromote: false });
    const approved = await createRegistration(db, period, { status: "APPROVED" });
    const waiting = await createRegistration(db, period, { status: "WAITLISTED" });
    const released = await db.$transaction(async (tx) => {
      await tx.registration.update({ where: { id: approved }, data: { status: "WITHDRAWN", liveOrganisationKey: null, liveContactEmail: null } });
      return releasePlace(tx, { periodId: period.id, actor: { kind: "anonymous" } });
    });
    expect(released).toEqual({ promoted: null });
    expect(await statusOf(waiting)).toBe("WAITLISTED");
    const result = await promoteNext(db, registrar, { periodId: period.id });
    expect(result.promoted?.id).toBe(waiting);
    expect(await statusOf(waiting)).toBe("APPROVED");
    expect(await promoteNext(db, registrar, { periodId: period.id })).toEqual({ promoted: null, message: "The waitlist is empty." });
  });

  it("with autoPromote, releasePlace promotes inside the caller's transaction and returns who", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 1, autoPromote: true });
    const approved = await createRegistration(db, period, { status: "APPROVED" });
    const waiting = await createRegistration(db, period, { status: "WAITLISTED" });
    await expect(
      db.$transaction(async (tx) => {
        await tx.registration.update({ where: { id: approved }, data: { status: "WITHDRAWN", liveOrganisationKey: null, liveContactEmail: null } });
        const released = await releasePlace(tx, { periodId: period.id, actor: { kind: "anonymous" } });
        expect(released.promoted?.id).toBe(waiting);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // Rolled back with the caller: nothing promoted, no email.
    expect(await statusOf(waiting)).toBe("WAITLISTED");
    expect(await emailsOf(waiting)).toEqual([]);
  });

  it("declining an approved registration frees its place: with autoPromote the next one is approved, not one declined in the same selection", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 1, autoPromote: true });
    const approved = await createRegistration(db, period, { status: "APPROVED" });
    const w1 = await createRegistration(db, period, { status: "WAITLISTED", waitlistedAt: new Date(Date.now() - 2000) });
    const w2 = await createRegistration(db, period, { status: "WAITLISTED", waitlistedAt: new Date(Date.now() - 1000) });
    const result = await declineRegistrations(db, registrar, { ids: [approved, w1], reason: "Outside the mandate." });
    expect(result.declined).toEqual([approved, w1]);
    expect(result.promoted.map((item) => item.id)).toEqual([w2]);
    expect(await statusOf(w2)).toBe("APPROVED");
  });
});

describe("non-objection", () => {
  it("is required only when the period says so and the organisation has no ECOSOC status", async () => {
    const requiring = await createPeriod(db, { nonObjectionRequired: true });
    const relaxed = await createPeriod(db, { nonObjectionRequired: false });
    const cases = [
      { period: requiring, ecosocStatus: "NONE" as const, expected: "PENDING" },
      { period: requiring, ecosocStatus: "SPECIAL" as const, expected: "NOT_REQUIRED" },
      { period: relaxed, ecosocStatus: "NONE" as const, expected: "NOT_REQUIRED" },
    ];
    for (const { period, ecosocStatus, expected } of cases) {
      const id = await createRegistration(db, period, { status: "AWAITING_CONFIRMATION", ecosocStatus });
      const { token, hash } = newSecretToken();
      await db.registration.update({ where: { id }, data: { confirmTokenHash: hash } });
      await confirmRegistration(db, { token });
      expect((await db.registration.findUniqueOrThrow({ where: { id }, select: { nonObjectionStatus: true } })).nonObjectionStatus).toBe(expected);
    }
  });

  it("approval is refused until no objection is recorded; an objection is recorded and leaves the decline to staff", async () => {
    const period = await createPeriod(db);
    const cleared = await createRegistration(db, period, { nonObjection: "PENDING", ecosocStatus: "NONE" });
    const objected = await createRegistration(db, period, { nonObjection: "PENDING", ecosocStatus: "NONE" });
    expect((await approveRegistrations(db, registrar, { ids: [cleared] })).refused).toEqual([{ id: cleared, organisation: expect.any(String), reason: "Waiting for non-objection" }]);

    const yes = await recordNonObjection(db, registrar, { id: cleared, outcome: "NO_OBJECTION" });
    expect(yes.message).toMatch(/can now be approved/u);
    expect((await approveRegistrations(db, registrar, { ids: [cleared] })).approved).toEqual([cleared]);

    const no = await recordNonObjection(db, registrar, { id: objected, outcome: "OBJECTION" });
    expect(no.message).toMatch(/stays under review until you decline it/u);
    const row = await db.registration.findUniqueOrThrow({ where: { id: objected }, select: { status: true, nonObjectionStatus: true, nonObjectionDecidedAt: true } });
    expect(row).toMatchObject({ status: "SUBMITTED", nonObjectionStatus: "OBJECTION" });
    expect(row.nonObjectionDecidedAt).toBeInstanceOf(Date);
    expect((await approveRegistrations(db, registrar, { ids: [objected] })).refused[0]?.reason).toMatch(/objected/u);
    await expect(recordNonObjection(db, registrar, { id: objected, outcome: "NO_OBJECTION" })).rejects.toThrow(ConflictError);
    // Recording the outcome sends no email; only status changes do.
    expect(await emailsOf(objected)).toEqual([]);
  });
});

describe("emails and transactions", () => {
  it("every transition writes exactly one outbox row in the registrant's language", async () => {
    const period = await createPeriod(db);
    const fr = await createRegistration(db, period, { language: "FR" });
    const es = await createRegistration(db, period, { language: "ES" });
    const en = await createRegistration(db, period, { language: "EN" });

    await approveRegistrations(db, registrar, { ids: [fr] });
    expect(await emailsOf(fr)).toEqual([expect.objectContaining({ template: "registration.approved", language: "FR" })]);

    await waitlistRegistrations(db, registrar, { ids: [es] });
    expect(await emailsOf(es)).toEqual([expect.objectContaining({ template: "registration.waitlisted", language: "ES" })]);

    await declineRegistrations(db, registrar, { ids: [fr], reason: "Le mandat ne couvre pas ce thème." });
    const frEmails = await emailsOf(fr);
    expect(frEmails.map((email) => email.template)).toEqual(["registration.approved", "registration.declined"]);
    const declined = frEmails[1];
    expect(declined?.language).toBe("FR");
    // The period's decline message in French, and the reason.
    expect(declined?.textBody).toContain("Nous regrettons de ne pouvoir accepter votre inscription.");
    expect(declined?.textBody).toContain("Le mandat ne couvre pas ce thème.");

    // English fallback of the decline message for a Spanish registrant (the period has en and fr only).
    await declineRegistrations(db, registrar, { ids: [es] });
    const esDeclined = (await emailsOf(es)).find((email) => email.template === "registration.declined");
    expect(esDeclined?.language).toBe("ES");
    expect(esDeclined?.textBody).toContain("We regret we cannot accept your registration.");

    // Refused decisions write nothing.
    await approveRegistrations(db, registrar, { ids: [fr] });
    expect(await emailsOf(fr)).toHaveLength(2);
    await addRegistrationNote(db, registrar, { id: en, body: "Asked for the programme." });
    expect(await emailsOf(en)).toEqual([]);
  });

  it("a failure after the update leaves neither the status change nor the email", async () => {
    const period = await createPeriod(db);
    const approveMe = await createRegistration(db, period);
    const declineMe = await createRegistration(db, period, { status: "APPROVED" });
    // The audit row is written after the status change and the email; make it fail for these two.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_registration_audit() RETURNS trigger AS $$
      BEGIN
        IF NEW.entity_id IN ('${approveMe}', '${declineMe}') THEN RAISE EXCEPTION 'forced failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      "CREATE TRIGGER test_fail_registration_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION test_fail_registration_audit()",
    );
    try {
      await expect(approveRegistrations(db, registrar, { ids: [approveMe] })).rejects.toThrow();
      await expect(declineRegistrations(db, registrar, { ids: [declineMe], reason: "x" })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER test_fail_registration_audit ON audit_logs");
      await db.$executeRawUnsafe("DROP FUNCTION test_fail_registration_audit()");
    }
    expect(await statusOf(approveMe)).toBe("SUBMITTED");
    expect(await statusOf(declineMe)).toBe("APPROVED");
    expect(await emailsOf(approveMe)).toEqual([]);
    expect(await emailsOf(declineMe)).toEqual([]);
    // And the same calls succeed once nothing fails.
    expect((await approveRegistrations(db, registrar, { ids: [approveMe] })).approved).toEqual([approveMe]);
    expect(await emailsOf(approveMe)).toHaveLength(1);
  });

  it("a decline clears the live keys, so the same organisation and email may register again", async () => {
    const period = await createPeriod(db);
    const email = `same-${Date.now()}@example.org`;
    const first = await createRegistration(db, period, { organisationName: "Same Organisation", contactEmail: email });
    await expect(createRegistration(db, period, { organisationName: "Same Organisation", contactEmail: email })).rejects.toMatchObject({ code: "P2002" });
    await declineRegistrations(db, registrar, { ids: [first] });
    const row = await db.registration.findUniqueOrThrow({ where: { id: first }, select: { status: true, liveOrganisationKey: true, liveContactEmail: true, decisionReason: true } });
    expect(row).toEqual({ status: "DECLINED", liveOrganisationKey: null, liveContactEmail: null, decisionReason: null });
    await expect(createRegistration(db, period, { organisationName: "Same Organisation", contactEmail: email })).resolves.toEqual(expect.any(String));
  });

  it("audit snapshots carry no personal data", async () => {
    const period = await createPeriod(db);
    const id = await createRegistration(db, period, { representatives: 2 });
    await approveRegistrations(db, registrar, { ids: [id] });
    await addRegistrationNote(db, registrar, { id, body: "Spoke with Jane Doe, jane@example.org." });
    const audits = await db.auditLog.findMany({ where: { entityId: id }, select: { action: true, before: true, after: true } });
    expect(audits.map((audit) => audit.action).sort()).toEqual(["registration.approve", "registration.note"]);
    expect(JSON.stringify(audits)).not.toMatch(/@|Contact |Person |Jane/u);
  });
});

describe("permissions", () => {
  it("an EDITOR and an anonymous caller are refused by every core, and nothing changes", async () => {
    const period = await createPeriod(db, { capacityOrganisations: 5 });
    const id = await createRegistration(db, period, { nonObjection: "PENDING", ecosocStatus: "NONE" });
    await createRegistration(db, period, { status: "WAITLISTED" });
    const settings = {
      opensAt: "2026-12-01T09:00",
      closesAt: "2026-12-10T18:00",
      capacityOrganisations: "10",
      capacityPersons: "",
      maxRepresentatives: 3,
      nonObjectionRequired: true,
      autoPromote: false,
      privacyNotice: { en: "Privacy." },
      declineMessage: { en: "Sorry." },
    };
    const otherEvent = await db.event.create({ data: { slug: `perm-${Date.now()}`, title: { en: "E" }, year: 2026 }, select: { id: true } });
    const cores = [
      (actor: StaffActor | null) => approveRegistrations(db, actor, { ids: [id] }),
      (actor: StaffActor | null) => waitlistRegistrations(db, actor, { ids: [id] }),
      (actor: StaffActor | null) => declineRegistrations(db, actor, { ids: [id] }),
      (actor: StaffActor | null) => recordNonObjection(db, actor, { id, outcome: "NO_OBJECTION" }),
      (actor: StaffActor | null) => addRegistrationNote(db, actor, { id, body: "note" }),
      (actor: StaffActor | null) => promoteNext(db, actor, { periodId: period.id }),
      (actor: StaffActor | null) => createRegistrationPeriod(db, actor, { target: { eventId: otherEvent.id }, settings }),
      (actor: StaffActor | null) => updateRegistrationPeriod(db, actor, { periodId: period.id, version: 1, settings }),
    ];
    const state = async () => ({
      registrations: await db.registration.findMany({ where: { periodId: period.id }, orderBy: { id: "asc" } }),
      period: await db.registrationPeriod.findUniqueOrThrow({ where: { id: period.id } }),
      periods: await db.registrationPeriod.count({ where: { eventId: otherEvent.id } }),
      notes: await db.registrationNote.count({ where: { registrationId: id } }),
      outbox: await db.outboxMessage.count({ where: { registration: { periodId: period.id } } }),
      audits: await db.auditLog.count(),
    });
    const before = await state();
    for (const core of cores) {
      await expect(core(editor)).rejects.toBeInstanceOf(ForbiddenError);
      await expect(core(null)).rejects.toBeInstanceOf(UnauthorizedError);
    }
    expect(await state()).toEqual(before);
  });
});
