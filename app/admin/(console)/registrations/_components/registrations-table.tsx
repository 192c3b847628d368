"use client";
// Wires the registrations page's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { registrationListParams, type RegistrationListParams, type StaffRegistrationRow } from "@/lib/registrations/list-params";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { registrationsColumns } from "./registrations-columns";

const rowId = (row: StaffRegistrationRow) => row.id;

export function RegistrationsTable({ rows, total, params }: { rows: StaffRegistrationRow[]; total: number; params: RegistrationListParams }) {
  return (
    <DataTable
      caption="Registrations"
      columns={registrationsColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/registrations${registrationListParams.toQuery(withTableState(params, state, registrationListParams.sortColumns))}`}
      emptyMessage="No registration matches these filters."
    />
  );
}
