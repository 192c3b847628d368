"use client";
// Wires the staff list's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import type { StaffRow } from "@/lib/staff/queries";
import { staffListParams, type StaffListParams } from "@/lib/staff/schemas";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { staffColumns } from "./staff-columns";

const rowId = (row: StaffRow) => row.id;

export function StaffTable({ rows, total, params }: { rows: StaffRow[]; total: number; params: StaffListParams }) {
  return (
    <DataTable
      caption="Staff accounts"
      columns={staffColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/staff${staffListParams.toQuery(withTableState(params, state, staffListParams.sortColumns))}`}
      emptyMessage={staffListParams.isFiltered(params) ? "No staff account matches these filters." : "There are no staff accounts yet."}
    />
  );
}
