// Columns of the staff events list; sortable ids are exactly eventListParams.sortColumns.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge, type BadgeTone } from "@/components/ui";
import { EVENT_STATUS_LABELS } from "@/lib/events/schemas";
import type { StaffEventRow } from "@/lib/events/staff-queries";

const helper = createColumnHelper<DataTableFeatures, StaffEventRow>();

const STATUS_TONES: Record<StaffEventRow["status"], BadgeTone> = { DRAFT: "warning", PUBLISHED: "success", CANCELLED: "danger" };

export const eventsColumns = helper.columns([
  helper.accessor("title", {
    header: "Title",
    enableSorting: false,
    cell: (info) => (
      <>
        <Link href={`/admin/events/${info.row.original.id}`}>{info.getValue() || "(untitled)"}</Link>
        {info.row.original.missing.length > 0 ? (
          <span className="muted"> · missing: {info.row.original.missing.map((language) => language.toUpperCase()).join(", ")}</span>
        ) : null}
      </>
    ),
  }),
  helper.accessor("year", { header: "Year" }),
  helper.accessor("days", { header: "Days", enableSorting: false }),
  helper.accessor("slug", { header: "Address" }),
  helper.accessor("meetings", {
    header: "Meetings",
    enableSorting: false,
    cell: (info) => <Link href={`/admin/meetings?event=${info.row.original.id}`}>{info.getValue()}</Link>,
  }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <Badge tone={STATUS_TONES[info.getValue()]}>{EVENT_STATUS_LABELS[info.getValue()]}</Badge>,
  }),
  helper.accessor("updatedAt", {
    header: "Last changed",
    cell: (info) => <time dateTime={info.getValue()}>{info.getValue().slice(0, 16).replace("T", " ")} UTC</time>,
  }),
]);
