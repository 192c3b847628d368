// Shared set-up of the staff-side read and export integration tests: registrations inserted
// directly (whatever their status), so that lists, exports and counts can be checked against
// known rows. Test-only.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/database/client";

export interface RegistrationSeed {
  organisationName: string;
  countryCode?: string;
  organisationType?: "NGO" | "PRIVATE_SECTOR" | "ACADEMIA" | "FOUNDATION" | "OTHER";
  ecosocStatus?: "GENERAL" | "SPECIAL" | "ROSTER" | "NONE";
  status?: "AWAITING_CONFIRMATION" | "SUBMITTED" | "APPROVED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";
  nonObjectionStatus?: "NOT_REQUIRED" | "PENDING" | "NO_OBJECTION" | "OBJECTION";
  contactName?: string;
  contactFunction?: string | null;
  contactEmail?: string;
  contactPhone?: string | null;
  websiteUrl?: string | null;
  confirmedAt?: Date | null;
  decidedAt?: Date | null;
  waitlistedAt?: Date | null;
  publicListingConsent?: boolean;
  anonymisedAt?: Date | null;
  representatives?: { name: string; function?: string | null; email: string }[];
}

const LIVE = new Set(["AWAITING_CONFIRMATION", "SUBMITTED", "APPROVED", "WAITLISTED"]);

/** Inserts a registration of `period` as given; returns its id. */
export async function insertRegistration(db: Db, period: { id: string; eventId: string; meetingId?: string | null }, seed: RegistrationSeed): Promise<string> {
  const status = seed.status ?? "SUBMITTED";
  const countryCode = seed.countryCode ?? "FR";
  const key = `${seed.organisationName.toLowerCase()}|${countryCode}`;
  const email = seed.contactEmail ?? `contact-${randomBytes(4).toString("hex")}@example.org`;
  const representatives = seed.representatives ?? [{ name: "Ana Pereira", email: `rep-${randomBytes(4).toString("hex")}@example.org` }];
  const live = LIVE.has(status);
  const registration = await db.registration.create({
    data: {
      eventId: period.eventId,
      meetingId: period.meetingId ?? null,
      periodId: period.id,
      organisationName: seed.organisationName,
      organisationKey: key,
      organisationType: seed.organisationType ?? "NGO",
      countryCode,
      websiteUrl: seed.websiteUrl === undefined ? "https://example.org" : seed.websiteUrl,
      ecosocStatus: seed.ecosocStatus ?? "SPECIAL",
      organisationDescription: "An organisation working on migration.",
      status,
      nonObjectionStatus: seed.nonObjectionStatus ?? "NOT_REQUIRED",
      contactName: seed.contactName ?? "Ana Pereira",
      contactFunction: seed.contactFunction === undefined ? "Director" : seed.contactFunction,
      contactEmail: email,
      contactPhone: seed.contactPhone === undefined ? "+33 1 23 45 67 89" : seed.contactPhone,
      representativeCount: representatives.length,
      liveOrganisationKey: live ? key : null,
      liveContactEmail: live ? email : null,
      publicListingConsent: seed.publicListingConsent ?? false,
      privacyConsentAt: new Date(),
      accessTokenHash: randomBytes(32).toString("hex"),
      confirmedAt: seed.confirmedAt === undefined ? (status === "AWAITING_CONFIRMATION" ? null : new Date()) : seed.confirmedAt,
      decidedAt: seed.decidedAt ?? null,
      waitlistedAt: seed.waitlistedAt ?? (status === "WAITLISTED" ? new Date() : null),
      anonymisedAt: seed.anonymisedAt ?? null,
      representatives: { create: representatives.map((person, index) => ({ position: index + 1, name: person.name, function: person.function ?? null, email: person.email })) },
    },
    select: { id: true },
  });
  return registration.id;
}

/** An event (published unless said otherwise) with one period; times far from now. */
export async function insertEventWithPeriod(db: Db, tag: string, options: { status?: "PUBLISHED" | "DRAFT"; slug?: string } = {}) {
  const event = await db.event.create({
    data: { slug: options.slug ?? `staff-data-${tag}`, title: { en: `Hearings ${tag}`, fr: `Auditions ${tag}` }, year: 2013, status: options.status ?? "PUBLISHED" },
    select: { id: true, slug: true },
  });
  const period = await db.registrationPeriod.create({
    data: {
      eventId: event.id,
      scopeKey: `event:${event.id}`,
      opensAt: new Date("2013-06-01T13:00:00Z"),
      closesAt: new Date("2013-07-01T21:59:00Z"),
      capacityOrganisations: 10,
      privacyNotice: { en: "We keep your data for a year." },
      declineMessage: { en: "We are sorry.", fr: "Nous sommes désolés." },
    },
    select: { id: true, eventId: true },
  });
  return { eventId: event.id, eventSlug: event.slug, period };
}

/** Removes what `insertEventWithPeriod` and `insertRegistration` created for `eventId`. */
export async function deleteEventWithRegistrations(db: Db, eventId: string): Promise<void> {
  await db.outboxMessage.deleteMany({ where: { registration: { eventId } } });
  await db.registration.deleteMany({ where: { eventId } });
  await db.registrationPeriod.deleteMany({ where: { eventId } });
  await db.meeting.deleteMany({ where: { eventId } });
  await db.event.deleteMany({ where: { id: eventId } });
}
