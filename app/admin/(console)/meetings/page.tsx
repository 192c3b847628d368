// /admin/meetings: the meetings list. Page, size, sort, filters (event, kind, status, date range)
// and search live in the URL; the server queries exactly one page (STYLE.md 14).
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/admin/empty-state";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { buttonClass } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { MEETING_KIND_LABELS, MEETING_KINDS, MEETING_STATUS_LABELS, MEETING_STATUSES, meetingListParams } from "@/lib/meetings/schemas";
import { getEventOptions, listStaffMeetings } from "@/lib/meetings/staff-queries";
import { MeetingsTable } from "./_components/meetings-table";

export const metadata: Metadata = { title: "Meetings" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function MeetingsPage({ searchParams }: PageProps) {
  const params = meetingListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/meetings${meetingListParams.toQuery(params)}`);
  if (!can(session.role, "content:read")) return <NotPermitted what="see meetings" />;
  const [{ rows, total }, events] = await Promise.all([listStaffMeetings(params), getEventOptions()]);
  const defaults = meetingListParams.defaults;
  const filtered = meetingListParams.isFiltered(params);
  const newMeeting = can(session.role, "meetings:edit") ? (
    <Link className={buttonClass()} href={params.event ? `/admin/meetings/new?event=${params.event}` : "/admin/meetings/new"}>
      New meeting
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title="Meetings" description="Times are shown at each meeting's venue." actions={newMeeting} />
      <ListFilters
        action="/admin/meetings"
        label="Filter meetings"
        filtered={filtered}
        search={{ label: "Search meetings", value: params.q, hint: "Title (English) or address" }}
        selects={[
          { name: "event", label: "Event", value: params.event, options: events },
          { name: "kind", label: "Kind", value: params.kind, options: MEETING_KINDS.map((kind) => ({ value: kind, label: MEETING_KIND_LABELS[kind] })) },
          { name: "status", label: "Status", value: params.status, options: MEETING_STATUSES.map((status) => ({ value: status, label: MEETING_STATUS_LABELS[status] })) },
        ]}
        dates={[
          { name: "from", label: "Starting from (New York date)", value: params.from },
          { name: "to", label: "Starting until (New York date)", value: params.to },
        ]}
        keep={{
          sort: params.sort === defaults.sort ? undefined : params.sort,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      {total === 0 && !filtered ? (
        <EmptyState title="No meetings yet" action={newMeeting}>
          Create the first meeting of an event.
        </EmptyState>
      ) : (
        <MeetingsTable rows={rows} total={total} params={params} />
      )}
    </>
  );
}
