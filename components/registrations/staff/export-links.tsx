// Export links of the registrations list: the filtered view as CSV or XLSX (the same filters and
// order as the table, every page), and the participant list for badges when one period is shown.
// Plain links: the route checks registrations:export and audits the export.
import { buttonClass } from "@/components/ui";
import { registrationListParams, type RegistrationListParams } from "@/lib/registrations/list-params";

export function exportHref(params: RegistrationListParams, format: "csv" | "xlsx"): string {
  const query = registrationListParams.toQuery({ ...params, page: 1, size: registrationListParams.defaults.size }).replace(/^\?/u, "");
  return `/api/admin/registrations/export?format=${format}${query ? `&${query}` : ""}`;
}

export function participantsHref(periodId: string, format: "csv" | "xlsx"): string {
  return `/api/admin/registrations/participants?period=${encodeURIComponent(periodId)}&format=${format}`;
}

export function ExportLinks({ params }: { params: RegistrationListParams }) {
  return (
    <div className="export-links" role="group" aria-label="Export">
      <a className={buttonClass("secondary", "small")} href={exportHref(params, "csv")} download>
        Export CSV
      </a>
      <a className={buttonClass("secondary", "small")} href={exportHref(params, "xlsx")} download>
        Export XLSX
      </a>
      {params.period ? (
        <>
          <a className={buttonClass("secondary", "small")} href={participantsHref(params.period, "csv")} download>
            Participant list (CSV)
          </a>
          <a className={buttonClass("secondary", "small")} href={participantsHref(params.period, "xlsx")} download>
            Participant list (XLSX)
          </a>
        </>
      ) : null}
    </div>
  );
}
