"use client";
// Wires the meetings page's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { meetingListParams, type MeetingListParams } from "@/lib/meetings/schemas";
import type { StaffMeetingRow } from "@/lib/meetings/staff-queries";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { meetingsColumns } from "./meetings-columns";

const rowId = (row: StaffMeetingRow) => row.id;

export function MeetingsTable({ rows, total, params }: { rows: StaffMeetingRow[]; total: number; params: MeetingListParams }) {
  return (
    <DataTable
      caption="Meetings"
      columns={meetingsColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/meetings${meetingListParams.toQuery(withTableState(params, state, meetingListParams.sortColumns))}`}
      emptyMessage={meetingListParams.isFiltered(params) ? "No meeting matches these filters." : "There are no meetings yet."}
    />
  );
}
