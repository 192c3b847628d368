// What registration changes write to the audit log. The audit log is read by every staff role and
// kept for good, so these snapshots carry no personal data: ids, statuses, the organisation's
// name, type and country, counts — never contact names, emails, telephones or representatives.
import type { StaffActor } from "@/lib/auth/actor";
import type { AuditActor } from "@/lib/audit/record";
import { snapshotInstant } from "@/lib/audit/snapshot-values";
import { asTranslatable } from "@/lib/i18n/translatable";

export function staffAuditActor(staff: StaffActor): AuditActor {
  return { kind: "staff", id: staff.userId, email: staff.email };
}

export interface RegistrationSnapshotSource {
  periodId: string;
  organisationName: string;
  organisationType: string;
  countryCode: string;
  ecosocStatus: string;
  status: string;
  nonObjectionStatus: string;
  representativeCount: number;
  waitlistedAt: Date | null;
  decidedAt: Date | null;
  version: number;
}

export function registrationSnapshot(registration: RegistrationSnapshotSource) {
  return {
    period: registration.periodId,
    organisation: registration.organisationName,
    organisationType: registration.organisationType,
    country: registration.countryCode,
    ecosocStatus: registration.ecosocStatus,
    status: registration.status,
    nonObjectionStatus: registration.nonObjectionStatus,
    representativeCount: registration.representativeCount,
    waitlistedAt: snapshotInstant(registration.waitlistedAt),
    decidedAt: snapshotInstant(registration.decidedAt),
    version: registration.version,
  };
}

export interface PeriodSnapshotSource {
  scopeKey: string;
  opensAt: Date;
  closesAt: Date;
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  maxRepresentatives: number;
  nonObjectionRequired: boolean;
  autoPromote: boolean;
  privacyNotice: unknown;
  declineMessage: unknown;
  version: number;
}

/** The period's settings (texts written by staff for the public, not personal data). */
export function periodSnapshot(period: PeriodSnapshotSource) {
  return {
    scope: period.scopeKey,
    opensAt: snapshotInstant(period.opensAt),
    closesAt: snapshotInstant(period.closesAt),
    capacityOrganisations: period.capacityOrganisations,
    capacityPersons: period.capacityPersons,
    maxRepresentatives: period.maxRepresentatives,
    nonObjectionRequired: period.nonObjectionRequired,
    autoPromote: period.autoPromote,
    privacyNotice: asTranslatable(period.privacyNotice),
    declineMessage: asTranslatable(period.declineMessage),
    version: period.version,
  };
}
