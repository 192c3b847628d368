// How full a period is: approved against capacity (organisations and persons), places left,
// waitlisted and awaiting a decision. Shown above the filtered list and on the period page.
import Link from "next/link";
import type { RegistrationPeriodCounts } from "@/lib/registrations/period-reads";
import "@/components/registrations/staff/registrations-staff.css";

export interface CapacitySummaryProps {
  title: string;
  periodId: string;
  counts: RegistrationPeriodCounts;
  capacityOrganisations: number | null;
  capacityPersons: number | null;
  /** Link to the period's page (left out on the period page itself). */
  linkToPeriod?: boolean;
}

function ofCapacity(taken: number, capacity: number | null): string {
  return capacity === null ? `${taken} (no limit)` : `${taken} / ${capacity}`;
}

export function CapacitySummary({ title, periodId, counts, capacityOrganisations, capacityPersons, linkToPeriod = false }: CapacitySummaryProps) {
  return (
    <section className="capacity-summary" aria-labelledby={`capacity-${periodId}`}>
      <h2 id={`capacity-${periodId}`} className="capacity-summary__title">
        {linkToPeriod ? <Link href={`/admin/registrations/periods/${periodId}`}>{title}</Link> : "Places"}
      </h2>
      <dl className="capacity-summary__facts">
        <div>
          <dt>Approved organisations</dt>
          <dd>{ofCapacity(counts.approvedOrganisations, capacityOrganisations)}</dd>
        </div>
        <div>
          <dt>Approved persons</dt>
          <dd>{ofCapacity(counts.approvedPersons, capacityPersons)}</dd>
        </div>
        <div>
          <dt>Places left</dt>
          <dd>
            {counts.organisationsLeft === null && counts.personsLeft === null
              ? "No limit"
              : [
                  counts.organisationsLeft === null ? null : `${counts.organisationsLeft} organisation${counts.organisationsLeft === 1 ? "" : "s"}`,
                  counts.personsLeft === null ? null : `${counts.personsLeft} person${counts.personsLeft === 1 ? "" : "s"}`,
                ]
                  .filter(Boolean)
                  .join(", ")}
          </dd>
        </div>
        <div>
          <dt>Waitlisted</dt>
          <dd>{counts.waitlisted}</dd>
        </div>
        <div>
          <dt>Awaiting a decision</dt>
          <dd>{counts.submitted}</dd>
        </div>
        <div>
          <dt>Awaiting email confirmation</dt>
          <dd>{counts.awaitingConfirmation}</dd>
        </div>
      </dl>
    </section>
  );
}
