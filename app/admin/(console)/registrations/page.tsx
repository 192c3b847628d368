// /admin/registrations: organisations' registrations for the hearings, read-only for now (issue 5
// adds the review). Only registrars and administrators may see them: they hold personal data.
import type { Metadata } from "next";
import { EmptyState } from "@/components/admin/empty-state";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES, registrationListParams } from "@/lib/registrations/list-params";
import { listStaffRegistrations } from "@/lib/registrations/staff-queries";
import { RegistrationsTable } from "./_components/registrations-table";

export const metadata: Metadata = { title: "Registrations" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RegistrationsPage({ searchParams }: PageProps) {
  const params = registrationListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/registrations${registrationListParams.toQuery(params)}`);
  const header = <PageHeader title="Registrations" description="Organisations registered for the interactive hearings. Contact details are shown only on a registration's own page." />;
  if (!can(session.role, "registrations:read")) {
    return (
      <>
        {header}
        <NotPermitted what="see registrations" />
      </>
    );
  }
  const { rows, total } = await listStaffRegistrations(params);
  const filtered = registrationListParams.isFiltered(params);
  const { defaults } = registrationListParams;

  return (
    <>
      {header}
      {total === 0 && !filtered ? (
        <EmptyState title="No registrations yet">
          <p>Registrations arrive here once registration for a hearing opens and organisations confirm their email address.</p>
        </EmptyState>
      ) : (
        <>
          <ListFilters
            action="/admin/registrations"
            label="Filter registrations"
            filtered={filtered}
            search={{ label: "Search registrations", value: params.q, hint: "Organisation name" }}
            selects={[{ name: "status", label: "Status", value: params.status, options: REGISTRATION_STATUSES.map((status) => ({ value: status, label: REGISTRATION_STATUS_LABELS[status] })) }]}
            keep={{
              sort: params.sort === defaults.sort ? undefined : params.sort,
              dir: params.dir === defaults.dir ? undefined : params.dir,
              size: params.size === defaults.size ? undefined : params.size,
            }}
          />
          <RegistrationsTable rows={rows} total={total} params={params} />
        </>
      )}
    </>
  );
}
