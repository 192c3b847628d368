// /admin/events: the events list. Page, size, sort, filters (status, year) and search live in the
// URL; the server queries exactly one page (STYLE.md 14).
import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/admin/empty-state";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { buttonClass } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { EVENT_STATUS_LABELS, EVENT_STATUSES, eventListParams } from "@/lib/events/schemas";
import { getEventYears, listStaffEvents } from "@/lib/events/staff-queries";
import { EventsTable } from "./_components/events-table";

export const metadata: Metadata = { title: "Events" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EventsPage({ searchParams }: PageProps) {
  const params = eventListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/events${eventListParams.toQuery(params)}`);
  if (!can(session.role, "content:read")) return <NotPermitted what="see events" />;
  const [{ rows, total }, years] = await Promise.all([listStaffEvents(params), getEventYears()]);
  const defaults = eventListParams.defaults;
  const filtered = eventListParams.isFiltered(params);
  const newEvent = can(session.role, "events:edit") ? (
    <Link className={buttonClass()} href="/admin/events/new">
      New event
    </Link>
  ) : null;

  return (
    <>
      <PageHeader title="Events" description="Sessions of the High-level Dialogue and its series; each holds meetings." actions={newEvent} />
      <ListFilters
        action="/admin/events"
        label="Filter events"
        filtered={filtered}
        search={{ label: "Search events", value: params.q, hint: "Title (English) or address" }}
        selects={[
          { name: "status", label: "Status", value: params.status, options: EVENT_STATUSES.map((status) => ({ value: status, label: EVENT_STATUS_LABELS[status] })) },
          { name: "year", label: "Year", value: params.year?.toString(), options: years.map((year) => ({ value: String(year), label: String(year) })) },
        ]}
        keep={{
          sort: params.sort === defaults.sort ? undefined : params.sort,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      {total === 0 && !filtered ? (
        <EmptyState title="No events yet" action={newEvent}>
          Create the first event, then add its meetings.
        </EmptyState>
      ) : (
        <EventsTable rows={rows} total={total} params={params} />
      )}
    </>
  );
}
