// /admin/activity: the whole audit log for administrators (audit:read), newest first, filtered
// by who, which record, which action and when. Filters live in the URL; the server queries one page.
import type { Metadata } from "next";
import Link from "next/link";
import { ListFilters } from "@/components/data-table/list-filters";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { activityListParams } from "@/lib/audit/schemas";
import { getActivityFilterOptions, listActivity } from "@/lib/audit/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { ActivityTable } from "./_components/activity-table";

export const metadata: Metadata = { title: "Activity" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function ActivityPage({ searchParams }: PageProps) {
  const params = activityListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/activity${activityListParams.toQuery(params)}`);
  const header = <PageHeader title="Activity" description="Who changed what and when: every change, publication, staff change and sign-in attempt." />;
  if (!can(session.role, "audit:read")) {
    return (
      <>
        {header}
        <NotPermitted what="read the activity log" />
      </>
    );
  }
  const [{ rows, total }, options] = await Promise.all([listActivity(params), getActivityFilterOptions()]);
  const filtered = activityListParams.isFiltered(params);
  const { defaults } = activityListParams;

  return (
    <>
      {header}
      <ListFilters
        action="/admin/activity"
        label="Filter activity"
        filtered={filtered}
        search={{ label: "Search", value: params.q, hint: "Person, action, record id, title or email tried" }}
        selects={[
          { name: "actor", label: "Who", value: params.actor, options: options.actors, anyLabel: "Anyone" },
          { name: "entityType", label: "Record type", value: params.entityType, options: options.entityTypes.map((type) => ({ value: type, label: type })) },
          { name: "action", label: "Action", value: params.action, options: options.actions },
        ]}
        dates={[
          { name: "from", label: "From (UTC day)", value: params.from },
          { name: "to", label: "To (UTC day)", value: params.to },
        ]}
        keep={{
          entityId: params.entityId,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      {params.entityId ? (
        <p>
          Showing the history of record <code>{params.entityId}</code> only.{" "}
          <Link href={`/admin/activity${activityListParams.toQuery({ ...params, entityId: undefined, page: 1 })}`}>Show all records</Link>
        </p>
      ) : null}
      <ActivityTable rows={rows} total={total} params={params} filtered={filtered} />
    </>
  );
}
