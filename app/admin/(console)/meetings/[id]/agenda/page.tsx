// /admin/meetings/[id]/agenda: the agenda editor (agendas:edit); staff who may only read content
// see the agenda as it is stored.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryPanel } from "@/components/admin/history-panel";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { AgendaEditor } from "@/components/agenda-editor/agenda-editor";
import { AgendaList } from "@/components/agenda-editor/agenda-list";
import { getStaffAgenda } from "@/lib/agenda/staff-queries";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { MEETING_STATUS_LABELS } from "@/lib/meetings/schemas";
import { recordIdSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Agenda" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function AgendaPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/meetings/${id.data}/agenda` : "/admin/meetings");
  if (!id.success) notFound();
  if (!can(session.role, "content:read")) return <NotPermitted what="see agendas" />;
  const agenda = await getStaffAgenda(id.data);
  if (!agenda) notFound();
  const { meeting } = agenda;
  const meetingTitle = meeting.title || "Meeting";

  return (
    <>
      <PageHeader
        title={`Agenda: ${meetingTitle}`}
        breadcrumbs={[
          { label: "Meetings", href: "/admin/meetings" },
          { label: meetingTitle, href: `/admin/meetings/${meeting.id}` },
        ]}
        description={
          <>
            {meeting.eventTitle} · {meeting.when} · {MEETING_STATUS_LABELS[meeting.status]}
          </>
        }
        actions={
          <>
            <Link href={`/admin/meetings/${meeting.id}/preview`} target="_blank" rel="noopener">
              Preview the public page<span className="visually-hidden"> (opens in a new tab)</span>
            </Link>
            <Link href={`/admin/meetings/${meeting.id}/agenda/print`}>Print view</Link>
          </>
        }
      />
      {can(session.role, "agendas:edit") ? (
        <AgendaEditor initial={agenda.form} bounds={agenda.bounds} timeZone={meeting.timeZone} />
      ) : (
        <>
          <NotPermitted what="edit agendas" />
          <AgendaList items={agenda.items} timeZone={meeting.timeZone} />
        </>
      )}
      <HistoryPanel entityType="Agenda" entityId={meeting.id} />
    </>
  );
}
