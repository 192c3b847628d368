// /admin/registrations: organisations' registrations for the hearings, to review and decide. Only
// registrars and administrators may see them (personal data). Table state and filters live in the
// URL; the server queries one page. When one period is filtered, its capacity is shown above.
import type { Metadata } from "next";
import { EmptyState } from "@/components/admin/empty-state";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ListFilters } from "@/components/data-table/list-filters";
import { CapacitySummary } from "@/components/registrations/staff/capacity-summary";
import { ExportLinks } from "@/components/registrations/staff/export-links";
import { countryOptions, ECOSOC_OPTIONS, NON_OBJECTION_OPTIONS, STATUS_OPTIONS, TYPE_OPTIONS } from "@/components/registrations/staff/filter-options";
import { RegistrationsTable } from "@/components/registrations/staff/registrations-table";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { registrationListParams } from "@/lib/registrations/list-params";
import { getRegistrationPeriod, listRegistrationPeriods, listStaffRegistrations } from "@/lib/registrations/staff-queries";

export const metadata: Metadata = { title: "Registrations" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RegistrationsPage({ searchParams }: PageProps) {
  const params = registrationListParams.parse(await searchParams);
  const session = await requireStaffPage(`/admin/registrations${registrationListParams.toQuery(params)}`);
  const header = (
    <PageHeader
      title="Registrations"
      description="Organisations registered for the interactive hearings. Contact details are shown only on a registration's own page."
    />
  );
  if (!can(session.role, "registrations:read")) {
    return (
      <>
        {header}
        <NotPermitted what="see registrations" />
      </>
    );
  }
  const [{ rows, total }, periods, period] = await Promise.all([
    listStaffRegistrations(params),
    listRegistrationPeriods(),
    // A period filter from an outdated link shows the list without the capacity box.
    params.period
      ? getRegistrationPeriod(params.period).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        })
      : Promise.resolve(null),
  ]);
  const filtered = registrationListParams.isFiltered(params);
  const { defaults } = registrationListParams;

  if (total === 0 && !filtered) {
    return (
      <>
        {header}
        <EmptyState title="No registrations yet">
          <p>
            Registrations arrive here once registration for a hearing is open and organisations confirm their email address. Registration is opened from a
            hearing&apos;s or an event&apos;s page.
          </p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <ListFilters
        action="/admin/registrations"
        label="Filter registrations"
        filtered={filtered}
        search={{ label: "Search registrations", value: params.q, hint: "Organisation, contact name or email" }}
        selects={[
          { name: "period", label: "Hearing", value: params.period, options: periods.map((entry) => ({ value: entry.id, label: entry.title })) },
          { name: "status", label: "Status", value: params.status, options: STATUS_OPTIONS },
          { name: "type", label: "Organisation type", value: params.type, options: TYPE_OPTIONS },
          { name: "country", label: "Country", value: params.country, options: countryOptions() },
          { name: "ecosoc", label: "ECOSOC status", value: params.ecosoc, options: ECOSOC_OPTIONS },
          { name: "nonObjection", label: "Non-objection", value: params.nonObjection, options: NON_OBJECTION_OPTIONS },
        ]}
        dates={[
          { name: "from", label: "Confirmed from (UTC)", value: params.from },
          { name: "to", label: "Confirmed to (UTC)", value: params.to },
        ]}
        keep={{
          sort: params.sort === defaults.sort ? undefined : params.sort,
          dir: params.dir === defaults.dir ? undefined : params.dir,
          size: params.size === defaults.size ? undefined : params.size,
        }}
      />
      {period ? (
        <CapacitySummary
          title={period.title}
          periodId={period.id}
          counts={period.counts}
          capacityOrganisations={period.capacityOrganisations}
          capacityPersons={period.capacityPersons}
          linkToPeriod
        />
      ) : null}
      {can(session.role, "registrations:export") ? <ExportLinks params={params} /> : null}
      <RegistrationsTable
        rows={rows}
        total={total}
        params={params}
        canDecide={can(session.role, "registrations:decide")}
        emptyMessage={filtered ? "No registration matches these filters. Clear the filters to see them all." : "No registrations yet."}
      />
    </>
  );
}
