// Staff-facing English labels and badge tones of the registration enums, shared by the list, the
// detail page and the period page. Client-safe.
import type { BadgeTone } from "@/components/ui";
import type { NonObjectionStatusValue, RegistrationStatusValue } from "@/lib/registrations/list-params";

export const STATUS_TONES: Record<RegistrationStatusValue, BadgeTone> = {
  AWAITING_CONFIRMATION: "neutral",
  SUBMITTED: "info",
  APPROVED: "success",
  WAITLISTED: "warning",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
};

export const NON_OBJECTION_TONES: Record<NonObjectionStatusValue, BadgeTone> = {
  NOT_REQUIRED: "neutral",
  PENDING: "warning",
  NO_OBJECTION: "success",
  OBJECTION: "danger",
};
