// The status badge of an outbox message, shared by the Mail log and a message's page. Not a
// client module, so server pages get the real values.
import { Badge, type BadgeTone } from "@/components/ui";
import { OUTBOX_STATUS_LABELS, type OutboxStatusValue } from "@/lib/mail/list-params";

const TONES: Record<OutboxStatusValue, BadgeTone> = { PENDING: "info", SENDING: "info", SENT: "success", FAILED: "danger", HELD: "warning" };

export function MailStatusBadge({ status }: { status: OutboxStatusValue }) {
  return <Badge tone={TONES[status]}>{OUTBOX_STATUS_LABELS[status]}</Badge>;
}

/** "2026-11-22 09:14 UTC", like the audit history. */
export function formatMailInstant(at: string): string {
  return `${at.slice(0, 16).replace("T", " ")} UTC`;
}
