// Registration data for integration tests: staff of each role, an event with a registration
// period, and confirmed registrations in any state, written straight to the database (the public
// journey that normally creates them has its own tests). Each call makes unique names and emails.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/database/client";

type Role = "ADMIN" | "EDITOR" | "REGISTRAR";
type Status = "AWAITING_CONFIRMATION" | "SUBMITTED" | "APPROVED" | "WAITLISTED" | "DECLINED" | "WITHDRAWN";
type NonObjection = "NOT_REQUIRED" | "PENDING" | "NO_OBJECTION" | "OBJECTION";

const hex = () => createHash("sha256").update(randomBytes(32)).digest("hex");
const LIVE = new Set<Status>(["AWAITING_CONFIRMATION", "SUBMITTED", "APPROVED", "WAITLISTED"]);

export async function createStaffActor(db: Db, role: Role): Promise<StaffActor> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@portal.localhost`;
  const user = await db.staffUser.create({ data: { email, name: `Test ${role}`, passwordHash: "unused", role }, select: { id: true } });
  return { userId: user.id, email, role };
}

export interface PeriodOptions {
  capacityOrganisations?: number | null;
  capacityPersons?: number | null;
  autoPromote?: boolean;
  nonObjectionRequired?: boolean;
  /** When the event ended ("YYYY-MM-DD"); the period closes at the same day's midnight UTC. */
  endsOn?: string;
}

/** An event with a period open now (or closed on `endsOn`). */
export async function createPeriod(db: Db, options: PeriodOptions = {}): Promise<{ id: string; eventId: string }> {
  const tag = randomUUID().slice(0, 8);
  const endsOn = options.endsOn ? new Date(`${options.endsOn}T00:00:00Z`) : null;
  const event = await db.event.create({
    data: { slug: `reg-event-${tag}`, title: { en: `Hearings ${tag}`, fr: `Auditions ${tag}` }, year: 2026, status: "PUBLISHED", endsOn },
    select: { id: true },
  });
  const now = Date.now();
  const period = await db.registrationPeriod.create({
    data: {
      eventId: event.id,
      scopeKey: `event:${event.id}`,
      opensAt: endsOn ? new Date(endsOn.getTime() - 30 * 86_400_000) : new Date(now - 86_400_000),
      closesAt: endsOn ?? new Date(now + 86_400_000),
      capacityOrganisations: options.capacityOrganisations ?? null,
      capacityPersons: options.capacityPersons ?? null,
      autoPromote: options.autoPromote ?? false,
      nonObjectionRequired: options.nonObjectionRequired ?? true,
      privacyNotice: { en: "We keep your data for one year." },
      declineMessage: { en: "We regret we cannot accept your registration.", fr: "Nous regrettons de ne pouvoir accepter votre inscription." },
    },
    select: { id: true },
  });
  return { id: period.id, eventId: event.id };
}

export interface RegistrationOptions {
  status?: Status;
  representatives?: number;
  nonObjection?: NonObjection;
  language?: "EN" | "FR" | "ES";
  ecosocStatus?: "GENERAL" | "SPECIAL" | "ROSTER" | "NONE";
  waitlistedAt?: Date;
  organisationName?: string;
  confirmTokenExpiresAt?: Date;
  contactEmail?: string;
}

/** A registration of `period` with its representatives, live keys set while it is live. */
export async function createRegistration(db: Db, period: { id: string; eventId: string }, options: RegistrationOptions = {}): Promise<string> {
  const tag = randomUUID().slice(0, 12);
  const status = options.status ?? "SUBMITTED";
  const name = options.organisationName ?? `Organisation ${tag}`;
  const key = `${name.toLowerCase()}|FR`;
  const email = options.contactEmail ?? `contact-${tag}@example.org`;
  const count = options.representatives ?? 1;
  const registration = await db.registration.create({
    data: {
      eventId: period.eventId,
      periodId: period.id,
      organisationName: name,
      organisationKey: key,
      organisationType: "NGO",
      countryCode: "FR",
      ecosocStatus: options.ecosocStatus ?? "SPECIAL",
      organisationDescription: "An organisation working on migration and development.",
      status,
      nonObjectionStatus: options.nonObjection ?? "NOT_REQUIRED",
      language: options.language ?? "EN",
      contactName: `Contact ${tag}`,
      contactFunction: "Director",
      contactEmail: email,
      contactPhone: "+41 22 917 1234",
      representativeCount: count,
      liveOrganisationKey: LIVE.has(status) ? key : null,
      liveContactEmail: LIVE.has(status) ? email : null,
      privacyConsentAt: new Date(),
      accessTokenHash: hex(),
      confirmTokenHash: status === "AWAITING_CONFIRMATION" ? hex() : null,
      confirmTokenExpiresAt: status === "AWAITING_CONFIRMATION" ? (options.confirmTokenExpiresAt ?? new Date(Date.now() + 48 * 3_600_000)) : null,
      confirmedAt: status === "AWAITING_CONFIRMATION" ? null : new Date(),
      waitlistedAt: options.waitlistedAt ?? (status === "WAITLISTED" ? new Date() : null),
      representatives: {
        create: Array.from({ length: count }, (_, index) => ({ position: index, name: `Person ${index + 1} ${tag}`, email: `person-${index}-${tag}@example.org` })),
      },
    },
    select: { id: true },
  });
  return registration.id;
}
