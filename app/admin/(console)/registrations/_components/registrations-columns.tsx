// Columns of the staff registrations list. No personal data: contact names and emails belong to
// the review page (issue 5). Sortable column ids are exactly the server's whitelist.
import { createColumnHelper } from "@tanstack/react-table";
import { AuditTime } from "@/components/audit/change-list";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge, type BadgeTone } from "@/components/ui";
import { REGISTRATION_STATUS_LABELS, type RegistrationStatusValue, type StaffRegistrationRow } from "@/lib/registrations/list-params";

const helper = createColumnHelper<DataTableFeatures, StaffRegistrationRow>();

const STATUS_TONES: Record<RegistrationStatusValue, BadgeTone> = {
  AWAITING_CONFIRMATION: "neutral",
  SUBMITTED: "info",
  APPROVED: "success",
  WAITLISTED: "warning",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
};

export const registrationsColumns = helper.columns([
  helper.accessor("organisation", { header: "Organisation" }),
  helper.accessor("organisationType", { header: "Type", enableSorting: false }),
  helper.accessor("country", { header: "Country", enableSorting: false }),
  helper.accessor("eventTitle", { header: "Event", enableSorting: false }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <Badge tone={STATUS_TONES[info.getValue()]}>{REGISTRATION_STATUS_LABELS[info.getValue()]}</Badge>,
  }),
  helper.accessor("submittedAt", {
    header: "Submitted (UTC)",
    cell: (info) => {
      const value = info.getValue();
      return value ? <AuditTime at={value} /> : "—";
    },
  }),
]);
