"use client";
// Wires the meetings page's URL state to the table kit; the columns live in their own file.
import { DataTable, type DataTableState } from "@/components/data-table/data-table";
import { MEETING_PAGE_SIZES, MEETING_SORT_COLUMNS, meetingListQuery, type MeetingListParams } from "@/lib/meetings/schemas";
import type { StaffMeetingRow } from "@/lib/meetings/staff-queries";
import { meetingsColumns } from "./meetings-columns";

function toParams(state: DataTableState, q: string): MeetingListParams {
  const sort = MEETING_SORT_COLUMNS.find((column) => column === state.sort) ?? "startsAt";
  const size = MEETING_PAGE_SIZES.find((value) => value === state.size) ?? 25;
  return { page: state.page, size, sort, dir: state.dir, q };
}

const rowId = (row: StaffMeetingRow) => row.id;

export function MeetingsTable({ rows, total, params }: { rows: StaffMeetingRow[]; total: number; params: MeetingListParams }) {
  return (
    <DataTable
      caption="Meetings"
      columns={meetingsColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={MEETING_PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/meetings${meetingListQuery(toParams(state, params.q))}`}
      emptyMessage={params.q ? "No meeting matches this search." : "There are no meetings yet."}
    />
  );
}
