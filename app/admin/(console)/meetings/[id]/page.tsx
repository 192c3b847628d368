// /admin/meetings/[id]: edit a meeting (texts per language, kind, address, venue, dates), change its
// status, and see its history. Agenda and preview have their own pages.
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
import { MEETING_STATUS_LABELS } from "@/lib/meetings/schemas";
import { getStaffMeeting } from "@/lib/meetings/staff-queries";
import { recordIdSchema } from "@/lib/validation/common";
import { STATUS_TONES } from "../_components/meetings-columns";
import { MeetingEditor } from "./_components/meeting-editor";

export const metadata: Metadata = { title: "Edit meeting" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function EditMeetingPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/meetings/${id.data}` : "/admin/meetings");
  if (!id.success) notFound();
  if (!can(session.role, "content:read")) return <NotPermitted what="see meetings" />;
  const meeting = await getStaffMeeting(id.data);
  if (!meeting) notFound();
  const title = meeting.form.title.en || "Meeting";
  const canEdit = can(session.role, "meetings:edit");

  return (
    <>
      <PageHeader
        title={title}
        breadcrumbs={[{ label: "Meetings", href: "/admin/meetings" }]}
        description={
          <p>
            <Badge tone={STATUS_TONES[meeting.status]}>{MEETING_STATUS_LABELS[meeting.status]}</Badge> · Event:{" "}
            <Link href={`/admin/events/${meeting.eventId}`}>{meeting.eventTitle}</Link> · times are at the venue ({meeting.form.timeZone}) ·{" "}
            {meeting.status === "DRAFT" ? "not on the public site" : <Link href={`/en/meetings/${meeting.form.slug}`}>View the public page</Link>}
          </p>
        }
        actions={
          <>
            <Link className={buttonClass("secondary")} href={`/admin/meetings/${meeting.form.id}/agenda`}>
              Agenda
            </Link>
            <Link className={buttonClass("secondary")} href={`/admin/meetings/${meeting.form.id}/preview`}>
              Preview
            </Link>
            {canEdit ? (
              <Link className={buttonClass("secondary")} href={`/admin/meetings/new?from=${meeting.form.id}`}>
                Duplicate
              </Link>
            ) : null}
          </>
        }
      />
      {canEdit ? null : <NotPermitted what="edit meetings" />}
      <MeetingEditor
        initial={meeting.form}
        status={meeting.status}
        cancellationNotice={meeting.cancellationNotice}
        canEdit={canEdit}
        canPublish={can(session.role, "meetings:publish")}
      />
      {can(session.role, "meetings:publish") ? (
        <SchedulePublication
          entity="meeting"
          id={meeting.form.id}
          version={meeting.form.version}
          status={meeting.status}
          publishAt={meeting.publishAt}
          timeZone={meeting.form.timeZone}
        />
      ) : null}
      {/* Issue 4: the documents listed under this record, in their public order. */}
      <ParentDocuments parent={{ meetingId: meeting.form.id }} canEdit={can(session.role, "documents:edit")} />
      {/* Issue 5: registration of organisations for a hearing. */}
      {meeting.form.kind === "INTERACTIVE_HEARING" && can(session.role, "registrations:read") ? (
        <RegistrationSection target={{ meetingId: meeting.form.id }} canConfigure={can(session.role, "registrations:configure")} />
      ) : null}
      <HistoryPanel entityType="Meeting" entityId={meeting.form.id} />
    </>
  );
}
