// Staff reads of registrations against a real PostgreSQL: every list filter and sort, the review
// page's content and its audit row, period settings in local time with counts and the waitlist.
// The database is shared with other test files: every query is narrowed to this file's period.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { testDb } from "@/lib/testing/test-db";
import { registrationListParams } from "./list-params";
import { findPeriodForTarget, findRegistrationPeriod, findRegistrationPeriods } from "./period-reads";
import { deleteEventWithRegistrations, insertEventWithPeriod, insertRegistration } from "./staff-test-helpers";
import { findStaffRegistration, findStaffRegistrations } from "./staff-queries";

const db = testDb(4);
const tag = randomUUID().slice(0, 8);
const users = {
  registrar: { userId: "", email: `sq-registrar-${tag}@portal.localhost`, role: "REGISTRAR" as const },
  editor: { userId: "", email: `sq-editor-${tag}@portal.localhost`, role: "EDITOR" as const },
};
let setup: Awaited<ReturnType<typeof insertEventWithPeriod>>;
const ids = { swiss: "", canada: "", china: "", early: "", pending: "", declined: "" };

const list = (query: Record<string, string>) => findStaffRegistrations(db, users.registrar, registrationListParams.parse({ period: setup.period.id, ...query }));
const names = async (query: Record<string, string>) => (await list(query)).rows.map((row) => row.organisation);

beforeAll(async () => {
  for (const user of Object.values(users)) {
    user.userId = (await db.staffUser.create({ data: { email: user.email, name: `Reader ${user.role}`, passwordHash: "unused", role: user.role }, select: { id: true } })).id;
  }
  setup = await insertEventWithPeriod(db, `sq-${tag}`);
  const period = setup.period;
  ids.swiss = await insertRegistration(db, period, {
    organisationName: "Bravo Swiss",
    countryCode: "CH",
    organisationType: "FOUNDATION",
    ecosocStatus: "GENERAL",
    status: "APPROVED",
    contactName: "Käthe Müller",
    contactEmail: `kathe-${tag}@example.org`,
    confirmedAt: new Date("2013-06-02T23:59:00Z"),
    representatives: [
      { name: "R One", email: `r1-${tag}@example.org` },
      { name: "R Two", email: `r2-${tag}@example.org` },
      { name: "R Three", email: `r3-${tag}@example.org` },
    ],
  });
  ids.canada = await insertRegistration(db, period, { organisationName: "Alpha Canada", countryCode: "CA", status: "SUBMITTED", ecosocStatus: "NONE", nonObjectionStatus: "PENDING", confirmedAt: new Date("2013-06-03T00:00:00Z") });
  ids.china = await insertRegistration(db, period, {
    organisationName: "Charlie China",
    countryCode: "CN",
    organisationType: "PRIVATE_SECTOR",
    status: "WAITLISTED",
    waitlistedAt: new Date("2013-06-05T00:00:00Z"),
    confirmedAt: new Date("2013-06-04T12:00:00Z"),
    representatives: [{ name: "A", email: `c1-${tag}@example.org` }, { name: "B", email: `c2-${tag}@example.org` }],
  });
  ids.early = await insertRegistration(db, period, { organisationName: "Delta Early Waitlisted", countryCode: "FR", status: "WAITLISTED", waitlistedAt: new Date("2013-06-04T00:00:00Z"), confirmedAt: new Date("2013-06-01T00:00:00Z") });
  ids.pending = await insertRegistration(db, period, { organisationName: "Echo Unconfirmed", countryCode: "FR", status: "AWAITING_CONFIRMATION" });
  ids.declined = await insertRegistration(db, period, { organisationName: "Foxtrot Declined", countryCode: "FR", status: "DECLINED", confirmedAt: new Date("2013-05-30T00:00:00Z") });
  // Notes, emails for the review page.
  await db.registrationNote.create({ data: { registrationId: ids.swiss, authorId: users.registrar.userId, body: "Checked the website." } });
  await db.outboxMessage.create({
    data: { recipient: `kathe-${tag}@example.org`, template: "registration.approved", subject: "Your registration is approved", textBody: "t", htmlBody: "h", registrationId: ids.swiss, status: "SENT", sentAt: new Date() },
  });
  await db.auditLog.create({ data: { actorId: users.registrar.userId, actorLabel: users.registrar.email, action: "registration.approve", entityType: "Registration", entityId: ids.swiss, after: { status: "APPROVED" } } });
});

afterAll(async () => {
  await deleteEventWithRegistrations(db, setup.eventId);
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((user) => user.userId) } } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("findStaffRegistrations", () => {
  it("returns rows without contact details, with labels, counts and the anonymised flag", async () => {
    const page = await list({ sort: "organisation", dir: "asc" });
    expect(page.total).toBe(6);
    const swiss = page.rows.find((row) => row.id === ids.swiss);
    expect(swiss).toEqual({
      id: ids.swiss,
      organisation: "Bravo Swiss",
      organisationType: "Foundation",
      country: "Switzerland",
      countryCode: "CH",
      ecosoc: "General consultative status",
      status: "APPROVED",
      nonObjection: "NOT_REQUIRED",
      representativeCount: 3,
      submittedAt: "2013-06-02T23:59:00.000Z",
      eventTitle: `Hearings sq-${tag}`,
      hearing: `Hearings sq-${tag}`,
      anonymised: false,
    });
    expect(JSON.stringify(page.rows)).not.toMatch(/example\.org|Käthe/u);
  });

  it("filters by status, type, country, ECOSOC, non-objection, confirmed days (UTC, inclusive) and search", async () => {
    expect(await names({ status: "WAITLISTED", sort: "organisation", dir: "asc" })).toEqual(["Charlie China", "Delta Early Waitlisted"]);
    expect(await names({ type: "PRIVATE_SECTOR" })).toEqual(["Charlie China"]);
    expect(await names({ country: "ch" })).toEqual(["Bravo Swiss"]);
    expect(await names({ ecosoc: "NONE" })).toEqual(["Alpha Canada"]);
    expect(await names({ nonObjection: "PENDING" })).toEqual(["Alpha Canada"]);
    expect(await names({ from: "2013-06-02", to: "2013-06-03", sort: "organisation", dir: "asc" })).toEqual(["Alpha Canada", "Bravo Swiss"]);
    expect(await names({ from: "2013-06-04" })).toEqual(["Charlie China"]);
    expect(await names({ q: "KÄTHE" })).toEqual(["Bravo Swiss"]);
    expect(await names({ q: `KATHE-${tag}@EXAMPLE` })).toEqual(["Bravo Swiss"]);
    expect(await names({ q: "charlie" })).toEqual(["Charlie China"]);
  });

  it("sorts by country name, representatives, status and confirmation, and pages", async () => {
    expect(await names({ sort: "country", dir: "asc", status: "WAITLISTED" })).toEqual(["Charlie China", "Delta Early Waitlisted"]);
    // Canada, China, France…, Switzerland: by English name, not by code (CH would come before CN).
    const byCountry = await names({ sort: "country", dir: "asc" });
    expect(byCountry[0]).toBe("Alpha Canada");
    expect(byCountry[1]).toBe("Charlie China");
    expect(byCountry.at(-1)).toBe("Bravo Swiss");
    expect((await names({ sort: "country", dir: "desc" }))[0]).toBe("Bravo Swiss");
    expect((await names({ sort: "representatives", dir: "desc" }))[0]).toBe("Bravo Swiss");
    // Latest confirmation first; the unconfirmed one last.
    expect(await names({ sort: "submittedAt", dir: "desc" })).toEqual(["Charlie China", "Alpha Canada", "Bravo Swiss", "Delta Early Waitlisted", "Foxtrot Declined", "Echo Unconfirmed"]);
    expect(await names({ sort: "status", dir: "asc", status: "APPROVED" })).toEqual(["Bravo Swiss"]);
    // Pages of the country order: the second page of two continues where the first stopped.
    const pages = [];
    for (let page = 1; page <= 3; page += 1) pages.push(...(await list({ sort: "country", dir: "asc", size: "10", page: String(page) })).rows.map((row) => row.organisation));
    expect(pages).toEqual(byCountry);
  });

  it("refuses editors and anonymous callers", async () => {
    await expect(findStaffRegistrations(db, users.editor, registrationListParams.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findStaffRegistrations(db, null, registrationListParams.parse({}))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("findStaffRegistration", () => {
  it("shows contact, representatives, notes, emails, period and history, and records the view without personal data", async () => {
    const detail = await findStaffRegistration(db, users.registrar, ids.swiss);
    expect(detail.contact).toEqual({ name: "Käthe Müller", function: "Director", email: `kathe-${tag}@example.org`, phone: "+33 1 23 45 67 89" });
    expect(detail.representatives.map((person) => person.name)).toEqual(["R One", "R Two", "R Three"]);
    expect(detail.notes).toEqual([expect.objectContaining({ body: "Checked the website.", author: "Reader REGISTRAR" })]);
    expect(detail.emails).toEqual([expect.objectContaining({ subject: "Your registration is approved", status: "SENT", href: expect.stringMatching(/^\/admin\/mail\/\w+$/u) })]);
    expect(detail.period).toMatchObject({ id: setup.period.id, capacityOrganisations: 10, timeZone: "America/New_York", counts: { approvedOrganisations: 1, approvedPersons: 3, waitlisted: 2 } });
    expect(detail.history.rows.map((row) => row.action)).toEqual(["registration.approve"]);

    const views = await db.auditLog.findMany({ where: { action: "registration.viewed", entityId: ids.swiss }, select: { actorId: true, entityType: true, before: true, after: true } });
    expect(views).toEqual([{ actorId: users.registrar.userId, entityType: "Registration", before: null, after: null }]);
    // A second visit: another audit row, and views never crowd the history.
    const again = await findStaffRegistration(db, users.registrar, ids.swiss);
    expect(again.history.rows.map((row) => row.action)).toEqual(["registration.approve"]);
    expect(await db.auditLog.count({ where: { action: "registration.viewed", entityId: ids.swiss } })).toBe(2);
  });

  it("throws NotFoundError for an unknown id and refuses editors, recording nothing", async () => {
    await expect(findStaffRegistration(db, users.registrar, "cknotaregistration00000000")).rejects.toBeInstanceOf(NotFoundError);
    await expect(findStaffRegistration(db, users.editor, ids.canada)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.auditLog.count({ where: { action: "registration.viewed", entityId: ids.canada } })).toBe(0);
  });
});

describe("periods", () => {
  it("gives settings as local form values, counts and the waitlist in order", async () => {
    const period = await findRegistrationPeriod(db, users.registrar, setup.period.id);
    expect(period.form).toMatchObject({ opensAt: "2013-06-01T09:00", closesAt: "2013-07-01T17:59", capacityOrganisations: 10, capacityPersons: "", maxRepresentatives: 3 });
    expect(period.form.declineMessage).toMatchObject({ en: "We are sorry.", fr: "Nous sommes désolés.", es: "" });
    expect(period.counts).toEqual({
      approvedOrganisations: 1,
      approvedPersons: 3,
      submitted: 1,
      waitlisted: 2,
      pendingNonObjection: 1,
      awaitingConfirmation: 1,
      declined: 1,
      withdrawn: 0,
      organisationsLeft: 9,
      personsLeft: null,
    });
    expect(period.waitlist.map((entry) => entry.organisation)).toEqual(["Delta Early Waitlisted", "Charlie China"]);
    await expect(findRegistrationPeriod(db, users.registrar, "cknotaperiod00000000000000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists periods and finds the period of an event or meeting", async () => {
    expect((await findRegistrationPeriods(db, users.registrar)).map((period) => period.id)).toContain(setup.period.id);
    expect(await findPeriodForTarget(db, users.registrar, { eventId: setup.eventId })).toMatchObject({ id: setup.period.id, title: `Hearings sq-${tag}` });
    expect(await findPeriodForTarget(db, users.registrar, { meetingId: "cknotameeting0000000000000" })).toBeNull();
    await expect(findRegistrationPeriods(db, users.editor)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
