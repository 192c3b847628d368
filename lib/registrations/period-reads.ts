// Staff reads of registration periods: the list, one period's settings as its form shows them
// (local times in the target's time zone) with its counts and waitlist, and "the period of this
// meeting or event". Cores take the client and the actor (registrations:read) so integration
// tests drive them directly; session-checked wrappers live in ./staff-queries.ts.
import { authorise, type StaffActor } from "@/lib/auth/actor";
import type { Db } from "@/lib/database/client";
import { NotFoundError } from "@/lib/errors";
import { asTranslatable, translateText } from "@/lib/i18n/translatable";
import { instantToZoned } from "@/lib/time/zoned";
import { translatableFormValue } from "@/lib/validation/common";
import { periodCounts } from "./capacity";
import type { RegistrationPeriodFormInput, RegistrationTarget } from "./schemas";

/** Events have no time zone of their own: their periods are set in UN Headquarters' time. */
export const EVENT_PERIOD_TIME_ZONE = "America/New_York";

export interface RegistrationPeriodCounts {
  /** Approved organisations and the representatives they send. */
  approvedOrganisations: number;
  approvedPersons: number;
  submitted: number;
  waitlisted: number;
  /** Submitted or waitlisted registrations still waiting for the non-objection decision. */
  pendingNonObjection: number;
  awaitingConfirmation: number;
  declined: number;
  withdrawn: number;
  /** Places left under each capacity, or null when that capacity has no limit. */
  organisationsLeft: number | null;
  personsLeft: number | null;
}

/**
 * Registrations of a period by status: the capacity counts the decisions use (periodCounts) plus
 * the statuses capacity ignores. Counts survive anonymisation (representativeCount stays).
 */
export async function countPeriodRegistrations(client: Db, period: { id: string }): Promise<RegistrationPeriodCounts> {
  const [capacity, others] = await Promise.all([
    periodCounts(client, period.id),
    client.registration.groupBy({
      by: ["status"],
      where: { periodId: period.id, status: { in: ["AWAITING_CONFIRMATION", "DECLINED", "WITHDRAWN"] } },
      _count: { _all: true },
    }),
  ]);
  const count = (status: string) => others.find((group) => group.status === status)?._count._all ?? 0;
  return {
    approvedOrganisations: capacity.approvedOrganisations,
    approvedPersons: capacity.approvedPersons,
    submitted: capacity.submitted,
    waitlisted: capacity.waitlisted,
    pendingNonObjection: capacity.pendingNonObjection,
    awaitingConfirmation: count("AWAITING_CONFIRMATION"),
    declined: count("DECLINED"),
    withdrawn: count("WITHDRAWN"),
    organisationsLeft: capacity.organisationPlacesLeft,
    personsLeft: capacity.personPlacesLeft,
  };
}

const periodSelect = {
  id: true,
  eventId: true,
  meetingId: true,
  opensAt: true,
  closesAt: true,
  capacityOrganisations: true,
  capacityPersons: true,
  maxRepresentatives: true,
  nonObjectionRequired: true,
  autoPromote: true,
  anonymisedAt: true,
  version: true,
  event: { select: { id: true, slug: true, title: true } },
  meeting: { select: { id: true, slug: true, title: true, timeZone: true } },
} as const;

export interface RegistrationPeriodSummary {
  id: string;
  /** "Event" or "Event — Meeting". */
  title: string;
  eventId: string;
  meetingId: string | null;
  opensAt: string;
  closesAt: string;
  timeZone: string;
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  anonymised: boolean;
}

type PeriodRecord = {
  id: string;
  eventId: string;
  meetingId: string | null;
  opensAt: Date;
  closesAt: Date;
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  anonymisedAt: Date | null;
  event: { title: unknown };
  meeting: { title: unknown; timeZone: string } | null;
};

export function periodTitle(event: { title: unknown }, meeting: { title: unknown } | null): string {
  const eventTitle = translateText(event.title, "en");
  return meeting ? `${eventTitle} — ${translateText(meeting.title, "en")}` : eventTitle;
}

function summary(period: PeriodRecord): RegistrationPeriodSummary {
  return {
    id: period.id,
    title: periodTitle(period.event, period.meeting),
    eventId: period.eventId,
    meetingId: period.meetingId,
    opensAt: period.opensAt.toISOString(),
    closesAt: period.closesAt.toISOString(),
    timeZone: period.meeting?.timeZone ?? EVENT_PERIOD_TIME_ZONE,
    capacityOrganisations: period.capacityOrganisations,
    capacityPersons: period.capacityPersons,
    anonymised: period.anonymisedAt !== null,
  };
}

/** Every period, latest opening first. */
export async function findRegistrationPeriods(client: Db, actor: StaffActor | null): Promise<RegistrationPeriodSummary[]> {
  authorise(actor, "registrations:read");
  const periods = await client.registrationPeriod.findMany({ orderBy: [{ opensAt: "desc" }, { id: "asc" }], select: periodSelect });
  return periods.map(summary);
}

export interface RegistrationPeriodDetail extends RegistrationPeriodSummary {
  version: number;
  eventSlug: string;
  meetingSlug: string | null;
  maxRepresentatives: number;
  nonObjectionRequired: boolean;
  autoPromote: boolean;
  /** The settings form's values: local times in `timeZone`, every language of the texts. */
  form: RegistrationPeriodFormInput;
  counts: RegistrationPeriodCounts;
  /** Waitlisted registrations in promotion order (earliest first). */
  waitlist: { id: string; organisation: string; representativeCount: number; waitlistedAt: string | null }[];
}

export async function findRegistrationPeriod(client: Db, actor: StaffActor | null, id: string): Promise<RegistrationPeriodDetail> {
  authorise(actor, "registrations:read");
  const period = await client.registrationPeriod.findUnique({
    where: { id },
    select: { ...periodSelect, privacyNotice: true, declineMessage: true },
  });
  if (!period) throw new NotFoundError("This registration period does not exist.");
  const [counts, waitlisted] = await Promise.all([
    countPeriodRegistrations(client, period),
    client.registration.findMany({
      where: { periodId: id, status: "WAITLISTED" },
      orderBy: [{ waitlistedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      select: { id: true, organisationName: true, representativeCount: true, waitlistedAt: true },
    }),
  ]);
  const base = summary(period);
  return {
    ...base,
    version: period.version,
    eventSlug: period.event.slug,
    meetingSlug: period.meeting?.slug ?? null,
    maxRepresentatives: period.maxRepresentatives,
    nonObjectionRequired: period.nonObjectionRequired,
    autoPromote: period.autoPromote,
    form: {
      opensAt: instantToZoned(period.opensAt, base.timeZone),
      closesAt: instantToZoned(period.closesAt, base.timeZone),
      capacityOrganisations: period.capacityOrganisations ?? "",
      capacityPersons: period.capacityPersons ?? "",
      maxRepresentatives: period.maxRepresentatives,
      nonObjectionRequired: period.nonObjectionRequired,
      autoPromote: period.autoPromote,
      privacyNotice: translatableFormValue(asTranslatable(period.privacyNotice)),
      declineMessage: translatableFormValue(asTranslatable(period.declineMessage)),
    },
    counts,
    waitlist: waitlisted.map((registration) => ({
      id: registration.id,
      organisation: registration.organisationName,
      representativeCount: registration.representativeCount,
      waitlistedAt: registration.waitlistedAt?.toISOString() ?? null,
    })),
  };
}

/** The period opened for a meeting or for an event as a whole, or null. */
export async function findPeriodForTarget(client: Db, actor: StaffActor | null, target: RegistrationTarget): Promise<RegistrationPeriodSummary | null> {
  authorise(actor, "registrations:read");
  const scopeKey = "meetingId" in target ? `meeting:${target.meetingId}` : `event:${target.eventId}`;
  const period = await client.registrationPeriod.findUnique({ where: { scopeKey }, select: periodSelect });
  return period ? summary(period) : null;
}
