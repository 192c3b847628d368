// Columns of the Mail log; each subject opens the message. Sortable column ids are exactly the
// server's whitelist (mailListParams.sortColumns); the others have sorting disabled.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import { formatMailInstant, MailStatusBadge } from "@/components/mail/mail-status";
import type { MailLogRow } from "@/lib/mail/list-params";
import { EMAIL_TEMPLATE_LABELS, type EmailTemplate } from "@/lib/mail/types";

const helper = createColumnHelper<DataTableFeatures, MailLogRow>();

const templateLabel = (template: string) => EMAIL_TEMPLATE_LABELS[template as EmailTemplate] ?? template;

/** An address that may wrap after its "@" rather than anywhere. */
function Recipient({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  if (at < 0) return <span className="mail-log__recipient">{address}</span>;
  return (
    <span className="mail-log__recipient">
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </span>
  );
}

export const mailColumns = helper.columns([
  helper.accessor("createdAt", { header: "Created", cell: (info) => <span className="nowrap">{formatMailInstant(info.getValue())}</span> }),
  helper.accessor("recipient", { header: "Recipient", cell: (info) => <Recipient address={info.getValue()} /> }),
  helper.accessor("subject", {
    header: "Subject",
    cell: (info) => <Link href={`/admin/mail/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor("template", { header: "Template", cell: (info) => templateLabel(info.getValue()) }),
  helper.accessor("language", { header: "Language", enableSorting: false, cell: (info) => info.getValue().toUpperCase() }),
  helper.accessor("status", { header: "Status", cell: (info) => <MailStatusBadge status={info.getValue()} /> }),
  helper.accessor("attempts", { header: "Attempts" }),
  helper.accessor("sentAt", { header: "Sent", cell: (info) => <span className="nowrap">{info.getValue() ? formatMailInstant(info.getValue()!) : "—"}</span> }),
  helper.accessor("lastError", { header: "Last error", enableSorting: false, cell: (info) => info.getValue() ?? "—" }),
]);
