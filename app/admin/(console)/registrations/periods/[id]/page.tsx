// /admin/registrations/periods/[id]: one registration period: how full it is, its waitlist in
// order with "Promote next", links to its registrations and its public form, and its settings.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryPanel } from "@/components/admin/history-panel";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { CapacitySummary } from "@/components/registrations/staff/capacity-summary";
import { PeriodForm } from "@/components/registrations/staff/period-form";
import { PeriodWaitlist } from "@/components/registrations/staff/period-waitlist";
import { venueTime } from "@/components/registrations/staff/venue-time";
import { Badge, buttonClass, Card } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { getRegistrationPeriod } from "@/lib/registrations/staff-queries";
import { recordIdSchema } from "@/lib/validation/common";
import "@/components/registrations/staff/registrations-staff.css";

export const metadata: Metadata = { title: "Registration period" };

interface PageProps {
  params: Promise<{ id: string }>;
}

function windowState(opensAt: string, closesAt: string, now: number): { label: string; tone: "info" | "success" | "neutral" } {
  if (now < Date.parse(opensAt)) return { label: "Not open yet", tone: "info" };
  if (now < Date.parse(closesAt)) return { label: "Open", tone: "success" };
  return { label: "Closed", tone: "neutral" };
}

export default async function RegistrationPeriodPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/registrations/periods/${id.data}` : "/admin/registrations");
  if (!id.success) notFound();
  if (!can(session.role, "registrations:read")) return <NotPermitted what="see registrations" />;
  const period = await getRegistrationPeriod(id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  // The page is rendered per request (it reads the session), so "now" is the request's time.
  // eslint-disable-next-line react-hooks/purity -- a server component rendered once per request
  const state = windowState(period.opensAt, period.closesAt, Date.now());
  const publicForm = period.meetingSlug ? `/en/meetings/${period.meetingSlug}/register` : `/en/events/${period.eventSlug}/register`;
  const targetHref = period.meetingId ? `/admin/meetings/${period.meetingId}` : `/admin/events/${period.eventId}`;

  return (
    <>
      <PageHeader
        title={`Registration: ${period.title}`}
        breadcrumbs={[{ label: "Registrations", href: "/admin/registrations" }]}
        description={
          <p>
            <Badge tone={state.tone}>{state.label}</Badge> · {venueTime(period.opensAt, period.timeZone)} to {venueTime(period.closesAt, period.timeZone)} (
            {period.timeZone}) ·{" "}
            <Link href={targetHref}>{period.meetingId ? "The hearing" : "The event"}</Link>
          </p>
        }
        actions={
          <>
            <Link className={buttonClass("secondary")} href={`/admin/registrations?period=${period.id}`}>
              Its registrations
            </Link>
            <Link className={buttonClass("secondary")} href={publicForm}>
              Public form
            </Link>
          </>
        }
      />
      <CapacitySummary
        title={period.title}
        periodId={period.id}
        counts={period.counts}
        capacityOrganisations={period.capacityOrganisations}
        capacityPersons={period.capacityPersons}
      />
      <Card id="period-waitlist" title="Waitlist">
        <p className="muted">
          In the order places are offered.{" "}
          {period.autoPromote ? "When a place frees, the first that fits is approved automatically." : "When a place frees, use “Promote next”."}
        </p>
        <PeriodWaitlist periodId={period.id} waitlist={period.waitlist} canPromote={can(session.role, "registrations:decide")} />
      </Card>
      <section aria-labelledby="period-settings-heading">
        <h2 id="period-settings-heading">Settings</h2>
        {can(session.role, "registrations:configure") ? null : <NotPermitted what="change registration settings" />}
        <PeriodForm
          mode={{ kind: "update", periodId: period.id, version: period.version }}
          initial={period.form}
          timeZone={period.timeZone}
          canEdit={can(session.role, "registrations:configure") && !period.anonymised}
        />
      </section>
      <HistoryPanel entityType="RegistrationPeriod" entityId={period.id} />
    </>
  );
}
