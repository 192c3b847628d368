// Reads of registrations for the staff console. Registrations hold personal data: only
// registrations:read (registrars, administrators) may read them; the list selects no contact
// details, and opening one registration (which shows them) is recorded in the audit log.
// The `find*` cores take the client and the actor so integration tests run them directly; the
// exported session-checked queries ask lib/auth/session.ts who is signed in (STYLE.md 10).
import "server-only";
import { cache } from "react";
import { authorise, type StaffActor } from "@/lib/auth/actor";
import { requireStaff } from "@/lib/auth/session";
import { findEntityHistory, type EntityHistory } from "@/lib/audit/queries";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { translateText } from "@/lib/i18n/translatable";
import { compareCountryNames, countryName } from "@/lib/states/names";
import {
  ECOSOC_STATUS_LABELS,
  ORGANISATION_TYPE_LABELS,
  type NonObjectionStatusValue,
  type RegistrationListParams,
  type RegistrationStatusValue,
  type StaffRegistrationRow,
} from "./list-params";
import { registrationListOrder, registrationListWhere } from "./list-where";
import {
  countPeriodRegistrations,
  EVENT_PERIOD_TIME_ZONE,
  findPeriodForTarget,
  findRegistrationPeriod,
  findRegistrationPeriods,
  periodTitle,
  type RegistrationPeriodCounts,
} from "./period-reads";
import type { RegistrationTarget } from "./schemas";

export type { RegistrationPeriodCounts, RegistrationPeriodDetail, RegistrationPeriodSummary } from "./period-reads";

/** The audit action of opening a registration's page. */
export const REGISTRATION_VIEWED = "registration.viewed";

const rowSelect = {
  id: true,
  status: true,
  nonObjectionStatus: true,
  confirmedAt: true,
  organisationName: true,
  organisationType: true,
  countryCode: true,
  ecosocStatus: true,
  representativeCount: true,
  anonymisedAt: true,
  event: { select: { title: true, year: true } },
  meeting: { select: { title: true } },
} as const;

export async function findStaffRegistrations(
  client: Db,
  actor: StaffActor | null,
  params: RegistrationListParams,
): Promise<{ rows: StaffRegistrationRow[]; total: number }> {
  authorise(actor, "registrations:read");
  const where = registrationListWhere(params);
  const skip = (params.page - 1) * params.size;
  let registrations;
  let total: number;
  if (params.sort === "country") {
    // Ordered by the English country name, which only JavaScript knows: sort the matching ids
    // (a period has hundreds of registrations, not millions), then read the page.
    const keys = await client.registration.findMany({ where, select: { id: true, countryCode: true, organisationName: true } });
    const compare = compareCountryNames("en");
    const sign = params.dir === "asc" ? 1 : -1;
    keys.sort(
      (a, b) =>
        sign * compare(countryName(a.countryCode, "en"), countryName(b.countryCode, "en")) ||
        a.organisationName.localeCompare(b.organisationName) ||
        (a.id < b.id ? -1 : 1),
    );
    total = keys.length;
    const ids = keys.slice(skip, skip + params.size).map((key) => key.id);
    const found = await client.registration.findMany({ where: { id: { in: ids } }, select: rowSelect });
    const byId = new Map(found.map((registration) => [registration.id, registration]));
    registrations = ids.flatMap((id) => byId.get(id) ?? []);
  } else {
    [registrations, total] = await Promise.all([
      client.registration.findMany({ where, orderBy: registrationListOrder(params.sort, params.dir), skip, take: params.size, select: rowSelect }),
      client.registration.count({ where }),
    ]);
  }
  return {
    total,
    rows: registrations.map((registration) => ({
      id: registration.id,
      organisation: registration.organisationName,
      organisationType: ORGANISATION_TYPE_LABELS[registration.organisationType] ?? registration.organisationType,
      country: countryName(registration.countryCode, "en"),
      countryCode: registration.countryCode,
      ecosoc: ECOSOC_STATUS_LABELS[registration.ecosocStatus],
      status: registration.status,
      nonObjection: registration.nonObjectionStatus,
      representativeCount: registration.representativeCount,
      submittedAt: registration.confirmedAt?.toISOString() ?? null,
      eventTitle: periodTitle(registration.event, registration.meeting),
      hearing: registration.meeting ? `${translateText(registration.meeting.title, "en")} (${registration.event.year})` : translateText(registration.event.title, "en"),
      anonymised: registration.anonymisedAt !== null,
    })),
  };
}

export interface StaffRegistrationDetail {
  id: string;
  version: number;
  status: RegistrationStatusValue;
  nonObjection: NonObjectionStatusValue;
  nonObjectionDecidedAt: string | null;
  organisation: {
    name: string;
    type: string;
    typeLabel: string;
    countryCode: string;
    country: string;
    website: string | null;
    ecosocStatus: string;
    ecosocLabel: string;
    description: string | null;
  };
  /** Empty strings once anonymised. */
  contact: { name: string; function: string | null; email: string; phone: string | null };
  /** Language of the registrant's emails ("en", "fr", "es"…). */
  language: string;
  publicListingConsent: boolean;
  representativeCount: number;
  representatives: { position: number; name: string; function: string | null; email: string }[];
  decisionReason: string | null;
  decidedBy: string | null;
  createdAt: string;
  confirmedAt: string | null;
  waitlistedAt: string | null;
  decidedAt: string | null;
  withdrawnAt: string | null;
  anonymisedAt: string | null;
  event: { id: string; slug: string; title: string };
  meeting: { id: string; slug: string; title: string } | null;
  period: {
    id: string;
    title: string;
    opensAt: string;
    closesAt: string;
    timeZone: string;
    capacityOrganisations: number | null;
    capacityPersons: number | null;
    maxRepresentatives: number;
    nonObjectionRequired: boolean;
    autoPromote: boolean;
    counts: RegistrationPeriodCounts;
  };
  notes: { id: string; body: string; author: string | null; createdAt: string }[];
  /** The outbox messages about this registration, newest first. */
  emails: { id: string; subject: string; template: string; status: string; createdAt: string; sentAt: string | null; href: string }[];
  /** The registration's audit history (views left out). */
  history: EntityHistory;
}

/** One registration with its contact details, recorded as viewed by `actor`. */
export async function findStaffRegistration(client: Db, actor: StaffActor | null, id: string): Promise<StaffRegistrationDetail> {
  const staff = authorise(actor, "registrations:read");
  const registration = await client.registration.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      nonObjectionStatus: true,
      nonObjectionDecidedAt: true,
      organisationName: true,
      organisationType: true,
      countryCode: true,
      websiteUrl: true,
      ecosocStatus: true,
      organisationDescription: true,
      contactName: true,
      contactFunction: true,
      contactEmail: true,
      contactPhone: true,
      language: true,
      publicListingConsent: true,
      representativeCount: true,
      decisionReason: true,
      createdAt: true,
      confirmedAt: true,
      waitlistedAt: true,
      decidedAt: true,
      withdrawnAt: true,
      anonymisedAt: true,
      decidedBy: { select: { name: true } },
      event: { select: { id: true, slug: true, title: true } },
      meeting: { select: { id: true, slug: true, title: true, timeZone: true } },
      period: {
        select: {
          id: true,
          opensAt: true,
          closesAt: true,
          capacityOrganisations: true,
          capacityPersons: true,
          maxRepresentatives: true,
          nonObjectionRequired: true,
          autoPromote: true,
          event: { select: { title: true } },
          meeting: { select: { title: true, timeZone: true } },
        },
      },
      representatives: { orderBy: { position: "asc" }, select: { position: true, name: true, function: true, email: true } },
      notes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      outboxMessages: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, subject: true, template: true, status: true, createdAt: true, sentAt: true },
      },
    },
  });
  if (!registration) throw new NotFoundError("This registration does not exist.");
  const [counts, history] = await Promise.all([
    countPeriodRegistrations(client, registration.period),
    findEntityHistory(client, staff, "Registration", id, { excludeActions: [REGISTRATION_VIEWED] }),
  ]);
  // Who opened which registration; the row itself holds no personal data.
  await recordAudit(client, { actor: { kind: "staff", id: staff.userId, email: staff.email }, action: REGISTRATION_VIEWED, entityType: "Registration", entityId: id });
  const period = registration.period;
  return {
    id: registration.id,
    version: registration.version,
    status: registration.status,
    nonObjection: registration.nonObjectionStatus,
    nonObjectionDecidedAt: registration.nonObjectionDecidedAt?.toISOString() ?? null,
    organisation: {
      name: registration.organisationName,
      type: registration.organisationType,
      typeLabel: ORGANISATION_TYPE_LABELS[registration.organisationType] ?? registration.organisationType,
      countryCode: registration.countryCode,
      country: countryName(registration.countryCode, "en"),
      website: registration.websiteUrl,
      ecosocStatus: registration.ecosocStatus,
      ecosocLabel: ECOSOC_STATUS_LABELS[registration.ecosocStatus],
      description: registration.organisationDescription,
    },
    contact: { name: registration.contactName, function: registration.contactFunction, email: registration.contactEmail, phone: registration.contactPhone },
    language: registration.language.toLowerCase(),
    publicListingConsent: registration.publicListingConsent,
    representativeCount: registration.representativeCount,
    representatives: registration.representatives,
    decisionReason: registration.decisionReason,
    decidedBy: registration.decidedBy?.name ?? null,
    createdAt: registration.createdAt.toISOString(),
    confirmedAt: registration.confirmedAt?.toISOString() ?? null,
    waitlistedAt: registration.waitlistedAt?.toISOString() ?? null,
    decidedAt: registration.decidedAt?.toISOString() ?? null,
    withdrawnAt: registration.withdrawnAt?.toISOString() ?? null,
    anonymisedAt: registration.anonymisedAt?.toISOString() ?? null,
    event: { id: registration.event.id, slug: registration.event.slug, title: translateText(registration.event.title, "en") },
    meeting: registration.meeting ? { id: registration.meeting.id, slug: registration.meeting.slug, title: translateText(registration.meeting.title, "en") } : null,
    period: {
      id: period.id,
      title: periodTitle(period.event, period.meeting),
      opensAt: period.opensAt.toISOString(),
      closesAt: period.closesAt.toISOString(),
      timeZone: period.meeting?.timeZone ?? EVENT_PERIOD_TIME_ZONE,
      capacityOrganisations: period.capacityOrganisations,
      capacityPersons: period.capacityPersons,
      maxRepresentatives: period.maxRepresentatives,
      nonObjectionRequired: period.nonObjectionRequired,
      autoPromote: period.autoPromote,
      counts,
    },
    notes: registration.notes.map((note) => ({ id: note.id, body: note.body, author: note.author?.name ?? null, createdAt: note.createdAt.toISOString() })),
    emails: registration.outboxMessages.map((message) => ({
      id: message.id,
      subject: message.subject,
      template: message.template,
      status: message.status,
      createdAt: message.createdAt.toISOString(),
      sentAt: message.sentAt?.toISOString() ?? null,
      href: `/admin/mail/${message.id}`,
    })),
    history,
  };
}

/** The signed-in staff member (401 otherwise; 403 while a temporary password is pending). */
const sessionOrThrow = () => requireStaff();

/** One page of the staff list (registrations:read). */
export const listStaffRegistrations = cache(async (params: RegistrationListParams) => findStaffRegistrations(db, await sessionOrThrow(), params));

/** A registration's review page (registrations:read); audited as "registration.viewed". */
export const getStaffRegistration = cache(async (id: string) => findStaffRegistration(db, await sessionOrThrow(), id));

/** Every registration period, latest first (registrations:read). */
export const listRegistrationPeriods = cache(async () => findRegistrationPeriods(db, await sessionOrThrow()));

/** One period's settings (form values in local time), counts and waitlist (registrations:read). */
export const getRegistrationPeriod = cache(async (id: string) => findRegistrationPeriod(db, await sessionOrThrow(), id));

/** The period opened for a meeting or an event, or null (registrations:read). */
export async function findPeriodFor(target: RegistrationTarget) {
  return findPeriodForTarget(db, await sessionOrThrow(), target);
}
