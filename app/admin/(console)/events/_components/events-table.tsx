"use client";
// Wires the events page's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { eventListParams, type EventListParams } from "@/lib/events/schemas";
import type { StaffEventRow } from "@/lib/events/staff-queries";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { eventsColumns } from "./events-columns";

const rowId = (row: StaffEventRow) => row.id;

export function EventsTable({ rows, total, params }: { rows: StaffEventRow[]; total: number; params: EventListParams }) {
  return (
    <DataTable
      caption="Events"
      columns={eventsColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/events${eventListParams.toQuery(withTableState(params, state, eventListParams.sortColumns))}`}
      emptyMessage={eventListParams.isFiltered(params) ? "No event matches these filters." : "There are no events yet."}
    />
  );
}
