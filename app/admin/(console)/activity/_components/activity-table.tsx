"use client";
// Wires the Activity page's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { activityListParams, type ActivityListParams, type ActivityRow } from "@/lib/audit/schemas";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { activityColumns } from "./activity-columns";

const rowId = (row: ActivityRow) => row.id;

export function ActivityTable({ rows, total, params, filtered }: { rows: ActivityRow[]; total: number; params: ActivityListParams; filtered: boolean }) {
  return (
    <DataTable
      caption="Activity"
      columns={activityColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/activity${activityListParams.toQuery(withTableState(params, state, activityListParams.sortColumns))}`}
      emptyMessage={filtered ? "No activity matches these filters." : "Nothing has been recorded yet."}
    />
  );
}
