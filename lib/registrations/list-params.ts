// Client-safe URL state of the staff registrations list (/admin/registrations), shared with the
// exports (the same filters select the exported rows), and the rows the list shows. The list
// holds no personal data (contact names and emails are for the review page).
import { z } from "zod";
import { defineListParams, enumFilter, dayFilter, idFilter, optionalFilter } from "@/lib/validation/list-params";
import { ECOSOC_STATUSES, ORGANISATION_TYPES, type EcosocStatusValue } from "./schemas";

export const REGISTRATION_STATUSES = ["AWAITING_CONFIRMATION", "SUBMITTED", "APPROVED", "WAITLISTED", "DECLINED", "WITHDRAWN"] as const;
export type RegistrationStatusValue = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatusValue, string> = {
  AWAITING_CONFIRMATION: "Awaiting email confirmation",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  WAITLISTED: "Waitlisted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};

export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  NGO: "NGO",
  PRIVATE_SECTOR: "Private sector",
  ACADEMIA: "Academia",
  FOUNDATION: "Foundation",
  OTHER: "Other",
};

export const ECOSOC_STATUS_LABELS: Record<EcosocStatusValue, string> = {
  GENERAL: "General consultative status",
  SPECIAL: "Special consultative status",
  ROSTER: "Roster",
  NONE: "No ECOSOC status",
};

export const NON_OBJECTION_STATUSES = ["NOT_REQUIRED", "PENDING", "NO_OBJECTION", "OBJECTION"] as const;
export type NonObjectionStatusValue = (typeof NON_OBJECTION_STATUSES)[number];

export const NON_OBJECTION_STATUS_LABELS: Record<NonObjectionStatusValue, string> = {
  NOT_REQUIRED: "Not required",
  PENDING: "Awaiting Member States",
  NO_OBJECTION: "No objection",
  OBJECTION: "Objection raised",
};

/** Sortable columns; "submittedAt" is the instant the registrant confirmed their email. */
export const REGISTRATION_SORT_COLUMNS = ["submittedAt", "organisation", "status", "country", "representatives"] as const;
export type RegistrationSortColumn = (typeof REGISTRATION_SORT_COLUMNS)[number];

/** An ISO 3166-1 alpha-2 code in any case ("fr" → "FR"). */
const countryFilter = optionalFilter(
  z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/u)
    .transform((code) => code.toUpperCase()),
);

export const registrationListParams = defineListParams({
  sortColumns: REGISTRATION_SORT_COLUMNS,
  defaultSort: "submittedAt",
  defaultDir: "desc",
  filters: {
    status: enumFilter(REGISTRATION_STATUSES),
    type: enumFilter(ORGANISATION_TYPES),
    country: countryFilter,
    ecosoc: enumFilter(ECOSOC_STATUSES),
    nonObjection: enumFilter(NON_OBJECTION_STATUSES),
    period: idFilter,
    /** First confirmed day (UTC), inclusive. */
    from: dayFilter,
    /** Last confirmed day (UTC), inclusive. */
    to: dayFilter,
  },
});

export type RegistrationListParams = ReturnType<typeof registrationListParams.parse>;

/** The filters alone (no paging or sorting): what an export selects. */
export type RegistrationFilters = Omit<RegistrationListParams, "page" | "size" | "sort" | "dir">;

export interface StaffRegistrationRow {
  id: string;
  organisation: string;
  /** Label, e.g. "Private sector". */
  organisationType: string;
  /** English name of the country of headquarters. */
  country: string;
  countryCode: string;
  /** Label, e.g. "Special consultative status". */
  ecosoc: string;
  status: RegistrationStatusValue;
  nonObjection: NonObjectionStatusValue;
  representativeCount: number;
  /** ISO instant the registrant confirmed their email (the registration reached the secretariat), or null. */
  submittedAt: string | null;
  /** The event's title, or "Event — Meeting" when the registration is for one meeting. */
  eventTitle: string;
  /** Short label for the table: the hearing's title and its event's year, or the event's title. */
  hearing: string;
  /** The retention job has removed the registration's personal data. */
  anonymised: boolean;
}
