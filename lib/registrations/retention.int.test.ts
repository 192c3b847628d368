// Retention (issue 5, point 9): a period whose event ended more than the retention period ago
// loses its personal data while the counts stay; a recent one is untouched; a second run changes
// nothing. Expired unconfirmed registrations are deleted and their keys freed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueEmail } from "@/lib/mail/outbox";
import { periodCounts } from "@/lib/registrations/capacity";
import { anonymiseExpiredRegistrations, purgeUnconfirmed, REMOVED_BODY } from "@/lib/registrations/retention";
import { createPeriod, createRegistration, createStaffActor } from "@/lib/testing/registration-fixtures";
import { testDb } from "@/lib/testing/test-db";

const db = testDb(4);
const now = new Date("2026-11-22T12:00:00Z");
let authorId = "";

beforeAll(async () => {
  authorId = (await createStaffActor(db, "REGISTRAR")).userId;
});

afterAll(async () => {
  await db.$disconnect();
});

/** A period with two approved organisations (3 + 2 representatives), a declined one, notes and emails. */
async function populated(endsOn: string) {
  const period = await createPeriod(db, { endsOn });
  const ids = [
    await createRegistration(db, period, { status: "APPROVED", representatives: 3 }),
    await createRegistration(db, period, { status: "APPROVED", representatives: 2, language: "FR" }),
    await createRegistration(db, period, { status: "DECLINED", representatives: 1 }),
  ];
  // Staff write decline reasons free-hand; this one names a person.
  await db.registration.update({ where: { id: ids[2] }, data: { decisionReason: "Ms Example said the organisation closed." } });
  for (const id of ids) {
    await db.registrationNote.create({ data: { registrationId: id, authorId, body: "Called the director, Ms Example." } });
    const registration = await db.registration.findUniqueOrThrow({ where: { id }, select: { contactEmail: true } });
    await enqueueEmail(db, {
      to: registration.contactEmail,
      template: "registration.waitlisted",
      language: "en",
      params: { organisationName: "Org", eventTitle: "Hearings", statusUrl: "http://127.0.0.1:3000/en/registration/link" },
      registrationId: id,
    });
  }
  return { period, ids };
}

/** Everything that could still hold personal data for these registrations. */
async function personalData(ids: string[]) {
  const [registrations, representatives, notes, messages] = await Promise.all([
    db.registration.findMany({
      where: { id: { in: ids } },
      select: { contactName: true, contactFunction: true, contactEmail: true, contactPhone: true, liveContactEmail: true, decisionReason: true, anonymisedAt: true },
    }),
    db.registrationRepresentative.count({ where: { registrationId: { in: ids } } }),
    db.registrationNote.count({ where: { registrationId: { in: ids } } }),
    db.outboxMessage.findMany({ where: { registrationId: { in: ids } }, select: { recipient: true, textBody: true, htmlBody: true } }),
  ]);
  return { registrations, representatives, notes, messages };
}

describe("anonymiseExpiredRegistrations", () => {
  it("removes personal data of periods past retention, keeps counts, audits once, and a second run changes nothing", async () => {
    const old = await populated("2025-10-01"); // ended more than 365 days before `now`
    const recent = await populated("2026-06-01");
    const recentBefore = await personalData(recent.ids);
    const countsBefore = await periodCounts(db, old.period.id);

    const done = await anonymiseExpiredRegistrations(db, now, { retentionDays: 365 });
    expect(done.map((item) => item.periodId)).toContain(old.period.id);
    expect(done.map((item) => item.periodId)).not.toContain(recent.period.id);
    expect(done.find((item) => item.periodId === old.period.id)).toEqual({
      periodId: old.period.id,
      registrations: 3,
      representativesRemoved: 6,
      notesRemoved: 3,
      messagesScrubbed: 3,
    });

    const after = await personalData(old.ids);
    expect(after.representatives).toBe(0);
    expect(after.notes).toBe(0);
    for (const registration of after.registrations) {
      expect(registration).toMatchObject({ contactName: "", contactFunction: null, contactEmail: "", contactPhone: null, liveContactEmail: null, decisionReason: null });
      expect(registration.anonymisedAt).toEqual(now);
    }
    expect(after.messages).toHaveLength(3);
    for (const message of after.messages) expect(message).toEqual({ recipient: "", textBody: REMOVED_BODY, htmlBody: REMOVED_BODY });

    // Counts stay: approved organisations and their representatives.
    const countsAfter = await periodCounts(db, old.period.id);
    expect(countsAfter.approvedOrganisations).toBe(2);
    expect(countsAfter.approvedPersons).toBe(5);
    expect(countsAfter).toEqual(countsBefore);
    const kept = await db.registration.findMany({ where: { id: { in: old.ids } }, select: { organisationName: true, countryCode: true, status: true } });
    expect(kept.every((row) => row.organisationName.startsWith("Organisation ") && row.countryCode === "FR")).toBe(true);

    const audits = await db.auditLog.findMany({ where: { action: "registration-period.anonymised", entityId: old.period.id }, select: { after: true, actorLabel: true } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorLabel).toBe("system:retention");
    expect(audits[0]?.after).toMatchObject({ registrations: 3, approvedOrganisations: 2, approvedPersons: 5 });
    expect(JSON.stringify(audits[0]?.after)).not.toMatch(/@|Contact |Person /u);

    // The recent period is untouched.
    expect(await personalData(recent.ids)).toEqual(recentBefore);
    expect(recentBefore.representatives).toBe(6);

    // Running again changes nothing.
    const snapshot = async () => ({
      data: await personalData([...old.ids, ...recent.ids]),
      audits: await db.auditLog.count({ where: { action: "registration-period.anonymised" } }),
      registrations: await db.registration.findMany({ where: { id: { in: [...old.ids, ...recent.ids] } }, orderBy: { id: "asc" } }),
    });
    const beforeSecond = await snapshot();
    const second = await anonymiseExpiredRegistrations(db, now, { retentionDays: 365 });
    expect(second.map((item) => item.periodId)).not.toContain(old.period.id);
    expect(await snapshot()).toEqual(beforeSecond);
  });

  it("counts the retention from the later of the event's end and the closing time", async () => {
    const period = await createPeriod(db, { endsOn: "2025-11-01" });
    await db.registrationPeriod.update({ where: { id: period.id }, data: { closesAt: new Date("2025-12-01T00:00:00Z") } });
    await createRegistration(db, period, { status: "APPROVED" });
    expect((await anonymiseExpiredRegistrations(db, now, { retentionDays: 365 })).map((item) => item.periodId)).not.toContain(period.id);
    const later = new Date("2026-12-02T00:00:00Z");
    expect((await anonymiseExpiredRegistrations(db, later, { retentionDays: 365 })).map((item) => item.periodId)).toContain(period.id);
  });
});

describe("purgeUnconfirmed", () => {
  it("deletes unconfirmed registrations whose link expired, with their representatives, scrubs their emails and frees the keys", async () => {
    const period = await createPeriod(db);
    const expired = await createRegistration(db, period, { status: "AWAITING_CONFIRMATION", confirmTokenExpiresAt: new Date(now.getTime() - 1000), representatives: 2 });
    const fresh = await createRegistration(db, period, { status: "AWAITING_CONFIRMATION", confirmTokenExpiresAt: new Date(now.getTime() + 3_600_000) });
    const confirmed = await createRegistration(db, period, { status: "SUBMITTED" });
    const row = await db.registration.findUniqueOrThrow({ where: { id: expired }, select: { contactEmail: true, organisationKey: true } });
    const message = await enqueueEmail(db, {
      to: row.contactEmail,
      template: "registration.confirm-email",
      language: "en",
      params: { organisationName: "Org", eventTitle: "Hearings", confirmUrl: "http://127.0.0.1:3000/en/registration/confirm/x", expiresAt: now.toISOString() },
      registrationId: expired,
    });

    expect(await purgeUnconfirmed(db, now)).toEqual({ deleted: 1 });
    expect(await db.registration.findUnique({ where: { id: expired } })).toBeNull();
    expect(await db.registrationRepresentative.count({ where: { registrationId: expired } })).toBe(0);
    expect(await db.registration.count({ where: { id: { in: [fresh, confirmed] } } })).toBe(2);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id }, select: { registrationId: true, recipient: true, textBody: true, htmlBody: true, status: true } })).toEqual({
      registrationId: null,
      recipient: "",
      textBody: REMOVED_BODY,
      htmlBody: REMOVED_BODY,
      status: "FAILED",
    });
    // The organisation and email may register again.
    await expect(
      createRegistration(db, period, { status: "SUBMITTED", organisationName: row.organisationKey.split("|")[0] ?? "" }),
    ).resolves.toEqual(expect.any(String));
    expect(await purgeUnconfirmed(db, now)).toEqual({ deleted: 0 });
  });
});
