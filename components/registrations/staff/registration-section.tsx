// The "Registration" section of a hearing's or an event's edit page, for those who handle
// registrations: "Open registration" when there is none, otherwise its window, how full it is and
// a link to its page. Server component: it reads the period itself, so the edit pages only place it.
import Link from "next/link";
import { buttonClass } from "@/components/ui";
import type { RegistrationTarget } from "@/lib/registrations/schemas";
import { findPeriodFor, getRegistrationPeriod } from "@/lib/registrations/staff-queries";
import { venueTime } from "./venue-time";
import "@/components/registrations/staff/registrations-staff.css";

export interface RegistrationSectionProps {
  target: RegistrationTarget;
  canConfigure: boolean;
}

export async function RegistrationSection({ target, canConfigure }: RegistrationSectionProps) {
  const found = await findPeriodFor(target);
  const period = found ? await getRegistrationPeriod(found.id) : null;
  const what = "meetingId" in target ? "hearing" : "event";
  const newHref = "meetingId" in target ? `/admin/registrations/periods/new?meetingId=${target.meetingId}` : `/admin/registrations/periods/new?eventId=${target.eventId}`;

  return (
    <section aria-labelledby="registration-section-heading" className="registration-section">
      <div className="page-header__row">
        <h2 id="registration-section-heading">Registration</h2>
        {period ? (
          <Link className={buttonClass("secondary")} href={`/admin/registrations/periods/${period.id}`}>
            Registration page
          </Link>
        ) : canConfigure ? (
          <Link className={buttonClass("secondary")} href={newHref}>
            Open registration
          </Link>
        ) : null}
      </div>
      {period ? (
        <>
          <p>
            Open from {venueTime(period.opensAt, period.timeZone)} to {venueTime(period.closesAt, period.timeZone)} ({period.timeZone}).
          </p>
          <p>
            {period.counts.approvedOrganisations}
            {period.capacityOrganisations === null ? "" : ` of ${period.capacityOrganisations}`} organisations approved
            {period.counts.organisationsLeft === null ? "" : ` (${period.counts.organisationsLeft} ${period.counts.organisationsLeft === 1 ? "place" : "places"} left)`} ·{" "}
            {period.counts.waitlisted} waitlisted ·{" "}
            {period.counts.submitted} awaiting a decision · <Link href={`/admin/registrations?period=${period.id}`}>See the registrations</Link>
          </p>
        </>
      ) : (
        <p className="muted">Registration is not open for this {what}.</p>
      )}
    </section>
  );
}
