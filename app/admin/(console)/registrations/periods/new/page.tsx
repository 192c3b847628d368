// /admin/registrations/periods/new?meetingId=…|eventId=…: open registration on an interactive
// hearing or an event. When the target already has a period, its page is shown instead.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { PeriodForm } from "@/components/registrations/staff/period-form";
import { Alert } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getStaffEvent } from "@/lib/events/staff-queries";
import { getStaffMeeting } from "@/lib/meetings/staff-queries";
import { EVENT_PERIOD_TIME_ZONE } from "@/lib/registrations/period-reads";
import type { RegistrationPeriodFormInput, RegistrationTarget } from "@/lib/registrations/schemas";
import { findPeriodFor } from "@/lib/registrations/staff-queries";
import { instantToZoned } from "@/lib/time/zoned";
import { translatableFormValue } from "@/lib/validation/common";
import { idFilter } from "@/lib/validation/list-params";
import "@/components/registrations/staff/registrations-staff.css";

export const metadata: Metadata = { title: "Open registration" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const DAY_MS = 86_400_000;

const PRIVACY_NOTICE =
  "The United Nations Secretariat processes the personal data you give in this form only to organise your participation in this hearing: to review the registration, to contact you and to issue badges. It is seen by the secretariat staff who process registrations, kept until the retention period after the event ends, and then anonymised.";
const DECLINE_MESSAGE =
  "Thank you for your interest in the hearing. We regret that we cannot accept your organisation's registration this time, given the number of places and the balance of participants.";

function defaults(timeZone: string, now: number): RegistrationPeriodFormInput {
  // The next whole hour, for two weeks.
  const opens = Math.ceil(now / 3_600_000) * 3_600_000;
  return {
    opensAt: instantToZoned(new Date(opens), timeZone),
    closesAt: instantToZoned(new Date(opens + 14 * DAY_MS), timeZone),
    capacityOrganisations: "",
    capacityPersons: "",
    maxRepresentatives: 3,
    nonObjectionRequired: true,
    autoPromote: false,
    privacyNotice: translatableFormValue({ en: PRIVACY_NOTICE }),
    declineMessage: translatableFormValue({ en: DECLINE_MESSAGE }),
  };
}

export default async function NewRegistrationPeriodPage({ searchParams }: PageProps) {
  const raw = await searchParams;
  const meetingId = idFilter.parse(raw.meetingId);
  const eventId = idFilter.parse(raw.eventId);
  const session = await requireStaffPage(`/admin/registrations/periods/new${meetingId ? `?meetingId=${meetingId}` : eventId ? `?eventId=${eventId}` : ""}`);
  const header = <PageHeader title="Open registration" breadcrumbs={[{ label: "Registrations", href: "/admin/registrations" }]} />;
  if (!can(session.role, "registrations:configure")) {
    return (
      <>
        {header}
        <NotPermitted what="open registration" />
      </>
    );
  }
  if (!meetingId && !eventId) notFound();

  let target: RegistrationTarget;
  let title: string;
  let timeZone: string;
  let backHref: string;
  if (meetingId) {
    const meeting = await getStaffMeeting(meetingId);
    if (!meeting) notFound();
    if (meeting.form.kind !== "INTERACTIVE_HEARING") {
      return (
        <>
          {header}
          <Alert tone="warning" title="Not a hearing">
            <p>
              Registration opens on interactive hearings and on events. <Link href={`/admin/meetings/${meetingId}`}>Back to the meeting</Link>
            </p>
          </Alert>
        </>
      );
    }
    target = { meetingId };
    title = `${meeting.eventTitle} — ${meeting.form.title.en}`;
    timeZone = meeting.form.timeZone;
    backHref = `/admin/meetings/${meetingId}`;
  } else {
    const event = await getStaffEvent(eventId as string);
    if (!event) notFound();
    target = { eventId: event.form.id };
    title = event.form.title.en;
    timeZone = EVENT_PERIOD_TIME_ZONE;
    backHref = `/admin/events/${event.form.id}`;
  }
  const existing = await findPeriodFor(target);
  if (existing) redirect(`/admin/registrations/periods/${existing.id}`);

  return (
    <>
      <PageHeader
        title="Open registration"
        breadcrumbs={[{ label: "Registrations", href: "/admin/registrations" }]}
        description={
          <p>
            For <Link href={backHref}>{title}</Link>. Organisations can register on the public page during the window you set here.
          </p>
        }
      />
      {/* eslint-disable-next-line react-hooks/purity -- a server component rendered once per request */}
      <PeriodForm mode={{ kind: "create", target }} initial={defaults(timeZone, Date.now())} timeZone={timeZone} canEdit />
    </>
  );
}
