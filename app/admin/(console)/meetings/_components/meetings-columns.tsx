// Columns of the staff meetings list. Column ids that sort are exactly the server's whitelist
// (meetingListParams.sortColumns); the others have sorting disabled.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import type { DataTableFeatures } from "@/components/data-table/features";
import { Badge, type BadgeTone } from "@/components/ui";
import { MEETING_STATUS_LABELS, type MeetingStatus } from "@/lib/meetings/schemas";
import type { StaffMeetingRow } from "@/lib/meetings/staff-queries";

const helper = createColumnHelper<DataTableFeatures, StaffMeetingRow>();

export const STATUS_TONES: Record<MeetingStatus, BadgeTone> = { DRAFT: "warning", PUBLISHED: "success", CANCELLED: "danger" };

export const meetingsColumns = helper.columns([
  helper.accessor("title", {
    header: "Title",
    enableSorting: false,
    cell: (info) => (
      <>
        <Link href={`/admin/meetings/${info.row.original.id}`}>{info.getValue() || "(untitled)"}</Link>
        {info.row.original.missing.length > 0 ? (
          <span className="muted"> · missing: {info.row.original.missing.map((language) => language.toUpperCase()).join(", ")}</span>
        ) : null}
      </>
    ),
  }),
  helper.accessor("eventTitle", { header: "Event", enableSorting: false }),
  helper.accessor("when", { id: "startsAt", header: "When (venue time)" }),
  helper.accessor("kind", { header: "Kind" }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => <Badge tone={STATUS_TONES[info.getValue()]}>{MEETING_STATUS_LABELS[info.getValue()]}</Badge>,
  }),
  helper.accessor("updatedAt", {
    header: "Last changed",
    cell: (info) => {
      const value = info.getValue();
      return <time dateTime={value}>{value.slice(0, 16).replace("T", " ")} UTC</time>;
    },
  }),
]);
