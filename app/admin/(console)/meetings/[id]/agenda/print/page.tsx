// /admin/meetings/[id]/agenda/print: a clean printable agenda (title, date, venue, items with
// times and speakers). Print CSS in components/agenda-editor hides the console around it.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { AgendaList } from "@/components/agenda-editor/agenda-list";
import { PrintButton } from "@/components/agenda-editor/print-button";
import { getStaffAgenda } from "@/lib/agenda/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { recordIdSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Agenda (print)" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function AgendaPrintPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/meetings/${id.data}/agenda/print` : "/admin/meetings");
  if (!id.success) notFound();
  if (!can(session.role, "content:read")) return <NotPermitted what="see agendas" />;
  const agenda = await getStaffAgenda(id.data);
  if (!agenda) notFound();
  const { meeting } = agenda;

  return (
    <article className="agenda-print">
      <div className="agenda-print__actions">
        <PrintButton />
        <Link href={`/admin/meetings/${meeting.id}/agenda`}>Back to the agenda editor</Link>
      </div>
      <h1>{meeting.title || "Meeting"}</h1>
      <dl className="agenda-print__meta">
        <dt>Event</dt>
        <dd>{meeting.eventTitle}</dd>
        <dt>Date</dt>
        <dd>{meeting.when === "—" ? "To be announced" : meeting.when}</dd>
        <dt>Venue</dt>
        <dd>{meeting.venue || "To be announced"}</dd>
        <dt>Times</dt>
        <dd>At the venue ({meeting.timeZone})</dd>
      </dl>
      <h2>Agenda</h2>
      <AgendaList items={agenda.items} timeZone={meeting.timeZone} headingLevel={3} />
    </article>
  );
}
