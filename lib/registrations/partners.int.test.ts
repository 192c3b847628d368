// The public Partners list: approved and consenting only, anonymised ones still listed, nothing
// but name, type and country, and nothing at all for a draft or unknown event.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";
import { findPublicPartners } from "./partners";
import { deleteEventWithRegistrations, insertEventWithPeriod, insertRegistration } from "./staff-test-helpers";

const db = testDb(2);
const tag = randomUUID().slice(0, 8);
type Seeded = Awaited<ReturnType<typeof insertEventWithPeriod>>;
let published: Seeded;
let draft: Seeded;

beforeAll(async () => {
  const main = await insertEventWithPeriod(db, `partners-${tag}`);
  published = main;
  const listed = { status: "APPROVED" as const, publicListingConsent: true };
  await insertRegistration(db, main.period, { ...listed, organisationName: "Zeta Migrants Network", countryCode: "MX", organisationType: "NGO" });
  await insertRegistration(db, main.period, { ...listed, organisationName: "Académie des Migrations", countryCode: "SN", organisationType: "ACADEMIA" });
  await insertRegistration(db, main.period, { ...listed, organisationName: "Anonymised Foundation", countryCode: "DE", organisationType: "FOUNDATION", anonymisedAt: new Date(), contactName: "", contactEmail: "", representatives: [] });
  await insertRegistration(db, main.period, { status: "APPROVED", publicListingConsent: false, organisationName: "Quiet Approved Org" });
  for (const status of ["SUBMITTED", "WAITLISTED", "DECLINED", "WITHDRAWN", "AWAITING_CONFIRMATION"] as const) {
    await insertRegistration(db, main.period, { status, publicListingConsent: true, organisationName: `Not approved ${status}` });
  }
  // A hearing of the same event has its own period: its approved organisations are partners too.
  const meeting = await db.meeting.create({ data: { eventId: main.eventId, slug: `partners-hearing-${tag}`, kind: "INTERACTIVE_HEARING", title: { en: "Hearing" }, status: "PUBLISHED" }, select: { id: true } });
  const hearingPeriod = await db.registrationPeriod.create({
    data: { eventId: main.eventId, meetingId: meeting.id, scopeKey: `meeting:${meeting.id}`, opensAt: new Date("2013-06-01T00:00:00Z"), closesAt: new Date("2013-07-01T00:00:00Z"), privacyNotice: { en: "." }, declineMessage: { en: "." } },
    select: { id: true, eventId: true, meetingId: true },
  });
  await insertRegistration(db, hearingPeriod, { ...listed, organisationName: "Hearing Partner", countryCode: "PH", organisationType: "PRIVATE_SECTOR" });
  // The same organisation approved for both: listed once.
  await insertRegistration(db, hearingPeriod, { ...listed, organisationName: "Zeta Migrants Network", countryCode: "MX", organisationType: "NGO" });

  draft = await insertEventWithPeriod(db, `partners-draft-${tag}`, { status: "DRAFT" });
  await insertRegistration(db, draft.period, { ...listed, organisationName: "Draft Event Partner" });
});

afterAll(async () => {
  await deleteEventWithRegistrations(db, published.eventId);
  await deleteEventWithRegistrations(db, draft.eventId);
  await db.$disconnect();
});

describe("findPublicPartners", () => {
  it("lists approved, consenting organisations of every period of the event, by name, with name, type and country only", async () => {
    const partners = await findPublicPartners(db, published.eventSlug);
    expect(partners).toEqual([
      { name: "Académie des Migrations", type: "ACADEMIA", countryCode: "SN" },
      { name: "Anonymised Foundation", type: "FOUNDATION", countryCode: "DE" },
      { name: "Hearing Partner", type: "PRIVATE_SECTOR", countryCode: "PH" },
      { name: "Zeta Migrants Network", type: "NGO", countryCode: "MX" },
    ]);
  });

  it("answers null for a draft event and for an unknown one", async () => {
    expect(await findPublicPartners(db, draft.eventSlug)).toBeNull();
    expect(await findPublicPartners(db, `no-such-event-${tag}`)).toBeNull();
  });

  it("shows an event with no listed partner as an empty list, not as missing", async () => {
    await db.event.update({ where: { id: draft.eventId }, data: { status: "PUBLISHED" } });
    await db.registration.updateMany({ where: { eventId: draft.eventId }, data: { publicListingConsent: false } });
    expect(await findPublicPartners(db, draft.eventSlug)).toEqual([]);
  });
});
