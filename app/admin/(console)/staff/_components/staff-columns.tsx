// Columns of the staff list. Column ids that sort are exactly the server's whitelist
// (staffListParams.sortColumns); the others have sorting disabled.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge } from "@/components/ui";
import { STAFF_ROLE_LABELS } from "@/lib/staff/schemas";
import type { StaffRow } from "@/lib/staff/queries";

const helper = createColumnHelper<DataTableFeatures, StaffRow>();

export const staffColumns = helper.columns([
  helper.accessor("name", {
    header: "Name",
    cell: (info) => <Link href={`/admin/staff/${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor("email", { header: "Email" }),
  helper.accessor("role", { header: "Role", cell: (info) => STAFF_ROLE_LABELS[info.getValue()] }),
  helper.accessor("isActive", {
    header: "Status",
    enableSorting: false,
    cell: (info) => (
      <>
        {info.getValue() ? <Badge tone="success">Active</Badge> : <Badge tone="danger">Deactivated</Badge>}
        {info.row.original.mustChangePassword ? <> <Badge tone="warning">Temporary password</Badge></> : null}
      </>
    ),
  }),
  helper.accessor("lastSignInAt", {
    header: "Last sign-in",
    cell: (info) => {
      const value = info.getValue();
      return value ? <time dateTime={value}>{value.slice(0, 16).replace("T", " ")} UTC</time> : "Never";
    },
  }),
]);
