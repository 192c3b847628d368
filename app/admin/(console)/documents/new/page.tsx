// /admin/documents/new?meeting=<id> or ?event=<id>: a new draft document under that meeting or
// event (a document always belongs to one; the links on their pages bring the parameter).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { EmptyState } from "@/components/admin/empty-state";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getStaffEvent } from "@/lib/events/staff-queries";
import { getStaffMeeting } from "@/lib/meetings/staff-queries";
import { translatableFormValue } from "@/lib/validation/common";
import { idFilter } from "@/lib/validation/list-params";
import { NewDocumentForm } from "./_components/new-document-form";

export const metadata: Metadata = { title: "New document" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function findParent(meetingId: string | undefined, eventId: string | undefined) {
  if (meetingId) {
    const meeting = await getStaffMeeting(meetingId);
    if (!meeting) return null;
    const title = meeting.form.title.en || "Meeting";
    return { parent: { meetingId }, title, href: `/admin/meetings/${meetingId}`, trail: { label: "Meetings", href: "/admin/meetings" } };
  }
  if (eventId) {
    const event = await getStaffEvent(eventId);
    if (!event) return null;
    const title = event.form.title.en || "Event";
    return { parent: { eventId }, title, href: `/admin/events/${eventId}`, trail: { label: "Events", href: "/admin/events" } };
  }
  return undefined;
}

export default async function NewDocumentPage({ searchParams }: PageProps) {
  const raw = await searchParams;
  const meetingId = idFilter.parse(raw.meeting);
  const eventId = idFilter.parse(raw.event);
  const query = meetingId ? `?meeting=${meetingId}` : eventId ? `?event=${eventId}` : "";
  const session = await requireStaffPage(`/admin/documents/new${query}`);
  if (!can(session.role, "documents:edit")) return <NotPermitted what="create documents" />;
  const found = await findParent(meetingId, eventId);
  if (found === null) notFound();
  if (found === undefined) {
    return (
      <>
        <PageHeader title="New document" breadcrumbs={[{ label: "Documents", href: "/admin/documents" }]} />
        <EmptyState title="Choose a meeting or an event first">
          A document is listed under a meeting or an event. Open one from <Link href="/admin/meetings">Meetings</Link> or{" "}
          <Link href="/admin/events">Events</Link> and use “New document” in its Documents section.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="New document"
        breadcrumbs={[found.trail, { label: found.title, href: found.href }]}
        description={`Created as a draft under “${found.title}”. Its files are uploaded on the next page; nothing is public until it is published.`}
      />
      <NewDocumentForm
        initial={{ parent: found.parent, kind: "REPORT", symbol: "", title: translatableFormValue(), languages: ["en"], issuedOn: "", isPrincipal: false }}
      />
    </>
  );
}
