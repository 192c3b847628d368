// /admin/meetings/[id]: edit a meeting's English title, dates and status, and publish it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { Breadcrumbs } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getStaffMeeting } from "@/lib/meetings/staff-queries";
import { recordIdSchema } from "@/lib/validation/common";
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
  const meeting = await getStaffMeeting(id.data);
  if (!meeting) notFound();

  return (
    <>
      <Breadcrumbs label="Breadcrumb" items={[{ label: "Meetings", href: "/admin/meetings" }, { label: meeting.form.titleEn || "Meeting" }]} />
      <h1>{meeting.form.titleEn || "Meeting"}</h1>
      <p className="muted">
        {meeting.eventTitle} · times are shown at the venue ({meeting.timeZone}) ·{" "}
        {meeting.form.status === "PUBLISHED" ? (
          <Link href={`/en/meetings/${meeting.slug}`}>View the public page</Link>
        ) : (
          "not on the public site"
        )}
      </p>
      {can(session.role, "meetings:edit") ? (
        <MeetingEditor initial={meeting.form} canPublish={can(session.role, "meetings:publish")} />
      ) : (
        <NotPermitted what="edit meetings" />
      )}
    </>
  );
}
