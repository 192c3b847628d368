// Client-safe URL state of the staff registrations list (/admin/registrations) and the rows it
// shows. The list holds no personal data (contact names and emails are for the review page).
import { defineListParams, enumFilter } from "@/lib/validation/list-params";

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

export const registrationListParams = defineListParams({
  sortColumns: ["submittedAt", "organisation", "status", "createdAt"],
  defaultSort: "submittedAt",
  defaultDir: "desc",
  filters: { status: enumFilter(REGISTRATION_STATUSES) },
});

export type RegistrationListParams = ReturnType<typeof registrationListParams.parse>;

export interface StaffRegistrationRow {
  id: string;
  organisation: string;
  organisationType: string;
  country: string;
  eventTitle: string;
  status: RegistrationStatusValue;
  /** ISO instant the registrant confirmed their email (the registration reached the secretariat), or null. */
  submittedAt: string | null;
}
