// /admin/meetings/new: create a meeting (always a draft). With ?from=<id> it duplicates that
// meeting — "the next round table of a series" — prefilled with the next title and address in
// the series, and offers to copy its agenda. ?event=<id> preselects the event.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getDuplicateDraft, getEventOptions } from "@/lib/meetings/staff-queries";
import { translatableFormValue } from "@/lib/validation/common";
import { idFilter } from "@/lib/validation/list-params";
import { NewMeetingForm } from "./_components/new-meeting-form";

export const metadata: Metadata = { title: "New meeting" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewMeetingPage({ searchParams }: PageProps) {
  const raw = await searchParams;
  const from = idFilter.parse(raw.from);
  const event = idFilter.parse(raw.event);
  const session = await requireStaffPage(from ? `/admin/meetings/new?from=${from}` : "/admin/meetings/new");
  if (!can(session.role, "meetings:edit")) return <NotPermitted what="create meetings" />;
  const [events, duplicate] = await Promise.all([getEventOptions(), from ? getDuplicateDraft(from) : null]);
  if (from && !duplicate) notFound();

  const initial = duplicate ?? {
    eventId: event ?? "",
    sourceId: "",
    copyAgenda: false,
    kind: "ROUNDTABLE" as const,
    slug: "",
    title: translatableFormValue(),
    summary: translatableFormValue(),
    venue: translatableFormValue(),
    timeZone: "America/New_York",
    allDay: false,
    startsAt: "",
    endsAt: "",
  };

  return (
    <>
      <PageHeader
        title={duplicate ? "Duplicate meeting" : "New meeting"}
        breadcrumbs={[{ label: "Meetings", href: "/admin/meetings" }]}
        description={
          duplicate
            ? "A new draft prefilled from the meeting you are duplicating. Check the title and address, set the dates, and choose whether to copy the agenda."
            : "The meeting is created as a draft; nothing appears on the public site until it is published."
        }
      />
      <NewMeetingForm initial={initial} events={events} canCopyAgenda={Boolean(duplicate) && can(session.role, "agendas:edit")} />
    </>
  );
}
