// /admin/staff: the staff accounts (ADMIN only). Page, size, sort, filters (role, status) and
// search live in the URL; the server queries exactly one page (STYLE.md 14).
import type { Metadata } from "next";
import Link from "next/link";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { buttonClass } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { listStaff } from "@/lib/staff/queries";
import { STAFF_ROLE_LABELS, STAFF_ROLES, staffListParams } from "@/lib/staff/schemas";
import { StaffTable } from "./_components/staff-table";

export const metadata: Metadata = { title: "Staff" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function StaffPage({ searchParams }: PageProps) {
  const params = staffListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/staff${staffListParams.toQuery(params)}`);
  if (!can(session.role, "staff:manage")) return <NotPermitted what="manage staff accounts" />;
  const { rows, total } = await listStaff(params);
  const defaults = staffListParams.defaults;

  return (
    <>
      <PageHeader
        title="Staff"
        description="Who can sign in to the console, and what each role may do."
        actions={
          <Link className={buttonClass()} href="/admin/staff/new">
            Add a staff member
          </Link>
        }
      />
      <ListFilters
        action="/admin/staff"
        label="Filter staff accounts"
        filtered={staffListParams.isFiltered(params)}
        search={{ label: "Search staff", value: params.q, hint: "Name or email" }}
        selects={[
          { name: "role", label: "Role", value: params.role, options: STAFF_ROLES.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] })) },
          {
            name: "status",
            label: "Status",
            value: params.status,
            options: [
              { value: "active", label: "Active" },
              { value: "inactive", label: "Deactivated" },
            ],
          },
        ]}
        keep={{
          sort: params.sort === defaults.sort ? undefined : params.sort,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      <StaffTable rows={rows} total={total} params={params} />
    </>
  );
}
