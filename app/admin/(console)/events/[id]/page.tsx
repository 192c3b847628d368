// /admin/events/[id]: edit an event (texts per language, address, year, days), change its status,
// and see its history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryPanel } from "@/components/admin/history-panel";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { ParentDocuments } from "@/components/documents/staff/parent-documents";
import { RegistrationSection } from "@/components/registrations/staff/registration-section";
import { SchedulePublication } from "@/components/publishing/schedule-publication";
import { Badge, buttonClass } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { EVENT_STATUS_LABELS } from "@/lib/events/schemas";
import { getStaffEvent } from "@/lib/events/staff-queries";
import { recordIdSchema } from "@/lib/validation/common";
import { STATUS_TONES } from "../../meetings/_components/meetings-columns";
import { EventEditor } from "./_components/event-editor";

export const metadata: Metadata = { title: "Edit event" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function EditEventPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/events/${id.data}` : "/admin/events");
  if (!id.success) notFound();
  if (!can(session.role, "content:read")) return <NotPermitted what="see events" />;
  const event = await getStaffEvent(id.data);
  if (!event) notFound();
  const canEdit = can(session.role, "events:edit");

  return (
    <>
      <PageHeader
        title={event.form.title.en || "Event"}
        breadcrumbs={[{ label: "Events", href: "/admin/events" }]}
        description={
          <p>
            <Badge tone={STATUS_TONES[event.status]}>{EVENT_STATUS_LABELS[event.status]}</Badge> ·{" "}
            <Link href={`/admin/meetings?event=${event.form.id}`}>{event.meetings === 1 ? "1 meeting" : `${event.meetings} meetings`}</Link> ·{" "}
            {event.status === "DRAFT" ? "not on the public site" : <Link href={`/en/events/${event.form.slug}`}>View the public page</Link>}
          </p>
        }
        actions={
          canEdit ? (
            <>
              <Link className={buttonClass("secondary")} href={`/admin/meetings/new?event=${event.form.id}`}>
                Add a meeting
              </Link>
              <Link className={buttonClass("secondary")} href={`/admin/events/new?from=${event.form.id}`}>
                Duplicate
              </Link>
            </>
          ) : null
        }
      />
      {canEdit ? null : <NotPermitted what="edit events" />}
      <EventEditor
        initial={event.form}
        status={event.status}
        cancellationNotice={event.cancellationNotice}
        canEdit={canEdit}
        canPublish={can(session.role, "events:publish")}
      />
      {can(session.role, "events:publish") ? (
        // Events have days but no zone of their own: schedule them in UN Headquarters time.
        <SchedulePublication entity="event" id={event.form.id} version={event.form.version} status={event.status} publishAt={event.publishAt} timeZone="America/New_York" />
      ) : null}
      {/* Issue 4: the documents listed under this record, in their public order. */}
      <ParentDocuments parent={{ eventId: event.form.id }} canEdit={can(session.role, "documents:edit")} />
      {/* Issue 5: registration of organisations for the event as a whole. */}
      {can(session.role, "registrations:read") ? <RegistrationSection target={{ eventId: event.form.id }} canConfigure={can(session.role, "registrations:configure")} /> : null}
      <HistoryPanel entityType="Event" entityId={event.form.id} />
    </>
  );
}
