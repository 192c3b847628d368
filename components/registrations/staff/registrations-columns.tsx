// Columns of the staff registrations list, with a checkbox column for the bulk actions. No
// contact details: those belong to a registration's own page. Sortable column ids are exactly the
// server's whitelist (registrationListParams.sortColumns); the others have sorting disabled.
// Every value is rendered as React text, so hostile organisation names stay inert.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { AuditTime } from "@/components/audit/change-list";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge } from "@/components/ui";
import { NON_OBJECTION_STATUS_LABELS, REGISTRATION_STATUS_LABELS, type StaffRegistrationRow } from "@/lib/registrations/list-params";
import { NON_OBJECTION_TONES, STATUS_TONES } from "./labels";
import { SelectPageCheckbox, SelectRowCheckbox } from "./row-selection";

const helper = createColumnHelper<DataTableFeatures, StaffRegistrationRow>();

export function registrationsColumns({ selectable }: { selectable: boolean }) {
  const select = helper.display({
    id: "select",
    header: () => <SelectPageCheckbox />,
    cell: (info) => <SelectRowCheckbox id={info.row.original.id} organisation={info.row.original.organisation} />,
  });
  const columns = helper.columns([
    helper.accessor("organisation", {
      header: "Organisation",
      cell: (info) => <Link href={`/admin/registrations/${info.row.original.id}`}>{info.getValue()}</Link>,
    }),
    helper.accessor("organisationType", { header: "Type", enableSorting: false }),
    helper.accessor("country", { header: "Country" }),
    helper.accessor("ecosoc", { header: "ECOSOC status", enableSorting: false }),
    helper.accessor("status", {
      header: "Status",
      cell: (info) => <Badge tone={STATUS_TONES[info.getValue()]}>{REGISTRATION_STATUS_LABELS[info.getValue()]}</Badge>,
    }),
    helper.accessor("nonObjection", {
      header: "Non-objection",
      enableSorting: false,
      cell: (info) => <Badge tone={NON_OBJECTION_TONES[info.getValue()]}>{NON_OBJECTION_STATUS_LABELS[info.getValue()]}</Badge>,
    }),
    helper.accessor((row) => row.representativeCount, { id: "representatives", header: "People" }),
    helper.accessor("hearing", {
      header: "Hearing",
      enableSorting: false,
      cell: (info) => <span title={info.row.original.eventTitle}>{info.getValue()}</span>,
    }),
    helper.accessor("submittedAt", {
      header: "Confirmed (UTC)",
      cell: (info) => {
        const value = info.getValue();
        return value ? <AuditTime at={value} /> : "—";
      },
    }),
  ]);
  return selectable ? [select, ...columns] : columns;
}
