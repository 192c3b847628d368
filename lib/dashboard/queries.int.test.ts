// The dashboard and the read-only documents and registrations lists against a real PostgreSQL:
// what each role gets, and refusals without a session or with a lower role. The database is
// shared with other test files, so assertions look only at this file's own rows.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findDashboard } from "@/lib/dashboard/queries";
import { createPrismaClient } from "@/lib/database/client";
import { documentListParams } from "@/lib/documents/list-params";
import { findDocumentEventOptions, findStaffDocuments } from "@/lib/documents/staff-queries";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { registrationListParams } from "@/lib/registrations/list-params";
import { findStaffRegistrations } from "@/lib/registrations/staff-queries";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 4 });
const tag = randomUUID().slice(0, 8);
const users = {
  admin: { userId: "", email: `admin-${tag}@portal.localhost`, role: "ADMIN" as const },
  editor: { userId: "", email: `editor-${tag}@portal.localhost`, role: "EDITOR" as const },
  registrar: { userId: "", email: `registrar-${tag}@portal.localhost`, role: "REGISTRAR" as const },
};
/** "Now" for the dashboard: far ahead, so that only this file's meetings are upcoming. */
const now = new Date("2090-01-01T00:00:00.000Z");
const ids = { event: "", upcoming: "", later: "", draft: "", scheduled: "", document: "", period: "" };

beforeAll(async () => {
  for (const user of Object.values(users)) {
    const created = await db.staffUser.create({ data: { email: user.email, name: user.role, passwordHash: "unused", role: user.role }, select: { id: true } });
    user.userId = created.id;
  }
  const event = await db.event.create({ data: { slug: `event-${tag}`, title: { en: `Dashboard event ${tag}` }, year: 2090, status: "PUBLISHED" }, select: { id: true } });
  ids.event = event.id;
  const meeting = (slug: string, data: Record<string, unknown>) =>
    db.meeting.create({ data: { eventId: event.id, slug: `${slug}-${tag}`, kind: "ROUNDTABLE", title: { en: `${slug} ${tag}` }, ...data }, select: { id: true } });
  ids.later = (await meeting("later", { startsAt: new Date("2090-03-01T14:00:00Z"), endsAt: new Date("2090-03-01T16:00:00Z"), status: "PUBLISHED" })).id;
  ids.upcoming = (await meeting("upcoming", { startsAt: new Date("2090-02-01T14:00:00Z"), endsAt: new Date("2090-02-01T16:00:00Z"), status: "DRAFT" })).id;
  ids.draft = (await meeting("draft", { status: "DRAFT" })).id;
  ids.scheduled = (await meeting("scheduled", { status: "DRAFT", publishAt: new Date("2089-12-31T09:00:00Z") })).id;
  await db.meeting.create({ data: { eventId: event.id, slug: `past-${tag}`, kind: "PANEL", title: { en: "past" }, startsAt: new Date("2089-01-01T10:00:00Z"), status: "PUBLISHED" } });

  const document = await db.document.create({
    data: { kind: "BACKGROUND_PAPER", symbol: `A/${tag}/1`, title: { en: `Paper ${tag}` }, languages: ["FR", "EN"], meetingId: ids.upcoming, status: "DRAFT" },
    select: { id: true },
  });
  ids.document = document.id;
  await db.documentFile.create({
    data: { documentId: document.id, language: "EN", version: 1, isCurrent: true, storageKey: `key-${tag}`, originalName: "paper.pdf", contentType: "application/pdf", sizeBytes: 10, sha256: "0".repeat(64) },
  });

  const period = await db.registrationPeriod.create({
    data: { eventId: event.id, scopeKey: `event:${event.id}`, opensAt: new Date("2089-01-01T00:00:00Z"), closesAt: new Date("2089-06-01T00:00:00Z"), privacyNotice: { en: "p" }, declineMessage: { en: "d" } },
    select: { id: true },
  });
  ids.period = period.id;
  for (const [index, status] of (["SUBMITTED", "SUBMITTED", "APPROVED"] as const).entries()) {
    await db.registration.create({
      data: {
        eventId: event.id,
        periodId: period.id,
        organisationName: `Open Borders ${tag}`,
        organisationKey: `open borders ${tag}|FR`,
        organisationType: "NGO",
        countryCode: "FR",
        representativeCount: 1,
        status,
        contactName: "Private Person",
        contactEmail: `private-${index}-${tag}@example.org`,
        privacyConsentAt: new Date(),
        accessTokenHash: `${tag}${index}`.padEnd(64, "0"),
        confirmedAt: new Date(Date.UTC(2089, 1, index + 1)),
      },
    });
  }
});

afterAll(async () => {
  await db.registration.deleteMany({ where: { periodId: ids.period } });
  await db.registrationPeriod.deleteMany({ where: { id: ids.period } });
  await db.document.deleteMany({ where: { id: ids.document } });
  await db.meeting.deleteMany({ where: { eventId: ids.event } });
  await db.event.deleteMany({ where: { id: ids.event } });
  await db.auditLog.deleteMany({ where: { actorId: { in: Object.values(users).map((user) => user.userId) } } });
  await db.staffUser.deleteMany({ where: { email: { endsWith: `-${tag}@portal.localhost` } } });
  await db.$disconnect();
});

describe("findDashboard", () => {
  it("lists upcoming meetings soonest first, published or not", async () => {
    const dashboard = await findDashboard(db, users.editor, now);
    expect(dashboard.upcomingMeetings.slice(0, 2)).toEqual([
      { id: ids.upcoming, title: `upcoming ${tag}`, eventTitle: `Dashboard event ${tag}`, when: "1 Feb 2090, 09:00–11:00", status: "DRAFT" },
      expect.objectContaining({ id: ids.later, status: "PUBLISHED" }),
    ]);
  });

  it("separates drafts nobody has scheduled from scheduled publications", async () => {
    const dashboard = await findDashboard(db, users.editor, now);
    const draftIds = dashboard.drafts.rows.map((row) => row.id);
    expect(draftIds).toEqual(expect.arrayContaining([ids.draft, ids.upcoming]));
    expect(draftIds).not.toContain(ids.scheduled);
    expect(dashboard.drafts.meetings).toBeGreaterThanOrEqual(2);
    expect(dashboard.scheduled).toContainEqual({ kind: "Meeting", id: ids.scheduled, title: `scheduled ${tag}`, href: `/admin/meetings/${ids.scheduled}`, publishAt: "2089-12-31T09:00:00.000Z" });
  });

  it("counts submitted registrations only for roles that read registrations", async () => {
    expect((await findDashboard(db, users.editor, now)).registrationsAwaitingReview).toBeNull();
    expect((await findDashboard(db, users.registrar, now)).registrationsAwaitingReview).toBeGreaterThanOrEqual(2);
    expect((await findDashboard(db, users.admin, now)).registrationsAwaitingReview).toBe(await db.registration.count({ where: { status: "SUBMITTED" } }));
  });

  it("shows administrators all activity and others their own", async () => {
    expect((await findDashboard(db, users.admin, now)).activity.scope).toBe("all");
    expect((await findDashboard(db, users.editor, now)).activity.scope).toBe("own");
  });

  it("is refused without a session", async () => {
    await expect(findDashboard(db, null, now)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("findStaffDocuments", () => {
  it("shows each announced language with whether a file is online, and where the document belongs", async () => {
    const page = await findStaffDocuments(db, users.registrar, documentListParams.parse({ q: `A/${tag}` }));
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      title: `Paper ${tag}`,
      kind: "BACKGROUND_PAPER",
      symbol: `A/${tag}/1`,
      belongsTo: `Dashboard event ${tag} › upcoming ${tag}`,
      languages: [
        { code: "EN", hasFile: true },
        { code: "FR", hasFile: false },
      ],
      status: "DRAFT",
    });
  });

  it("filters by kind, status and event", async () => {
    const search = (filters: Record<string, string>) => findStaffDocuments(db, users.editor, documentListParams.parse({ q: `Paper ${tag}`, ...filters }));
    expect((await search({ kind: "BACKGROUND_PAPER", status: "DRAFT", event: ids.event })).total).toBe(1);
    expect((await search({ kind: "REPORT" })).total).toBe(0);
    expect((await search({ status: "PUBLISHED" })).total).toBe(0);
    const events = await findDocumentEventOptions(db, users.editor);
    expect(events).toContainEqual({ value: ids.event, label: `Dashboard event ${tag}` });
  });

  it("is refused without a session", async () => {
    await expect(findStaffDocuments(db, null, documentListParams.parse({}))).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(findDocumentEventOptions(db, null)).rejects.toBeInstanceOf(UnauthorizedError);
  });
});

describe("findStaffRegistrations", () => {
  it("lists organisations without personal data, filtered by status, newest submission first", async () => {
    const page = await findStaffRegistrations(db, users.registrar, registrationListParams.parse({ q: `Open Borders ${tag}`, status: "SUBMITTED" }));
    expect(page.total).toBe(2);
    expect(page.rows.map((row) => row.submittedAt)).toEqual(["2089-02-02T00:00:00.000Z", "2089-02-01T00:00:00.000Z"]);
    expect(page.rows[0]).toMatchObject({ organisation: `Open Borders ${tag}`, organisationType: "NGO", country: "France", eventTitle: `Dashboard event ${tag}`, status: "SUBMITTED" });
    expect(JSON.stringify(page.rows)).not.toMatch(/private|example\.org/i);
  });

  it("is refused to editors and without a session", async () => {
    await expect(findStaffRegistrations(db, users.editor, registrationListParams.parse({}))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(findStaffRegistrations(db, null, registrationListParams.parse({}))).rejects.toBeInstanceOf(UnauthorizedError);
  });
});
