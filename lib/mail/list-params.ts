// Client-safe URL state of the staff Mail log (/admin/mail) and the rows it shows.
import { defineListParams, enumFilter } from "@/lib/validation/list-params";
import { EMAIL_TEMPLATES, type EmailTemplate } from "./types";

export const OUTBOX_STATUSES = ["PENDING", "SENDING", "SENT", "FAILED", "HELD"] as const;
export type OutboxStatusValue = (typeof OUTBOX_STATUSES)[number];

export const OUTBOX_STATUS_LABELS: Record<OutboxStatusValue, string> = {
  PENDING: "Waiting",
  SENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
  HELD: "Held (no mail server)",
};

/** Which messages staff may send again: never one that was (or may have been) delivered. */
export const RESENDABLE_STATUSES: readonly OutboxStatusValue[] = ["HELD", "FAILED"];

export const mailListParams = defineListParams({
  sortColumns: ["createdAt", "recipient", "subject", "template", "status", "attempts", "sentAt"],
  defaultSort: "createdAt",
  defaultDir: "desc",
  filters: { status: enumFilter(OUTBOX_STATUSES), template: enumFilter(EMAIL_TEMPLATES) },
});

export type MailListParams = ReturnType<typeof mailListParams.parse>;

export interface MailLogRow {
  id: string;
  createdAt: string;
  recipient: string;
  subject: string;
  template: EmailTemplate | string;
  language: string;
  status: OutboxStatusValue;
  attempts: number;
  sentAt: string | null;
  lastError: string | null;
}
