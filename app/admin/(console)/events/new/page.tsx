// /admin/events/new: create an event (always a draft). With ?from=<id> the form is prefilled from
// that event ("duplicate"), with the next year and address suggested.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import type { NewEventInput } from "@/lib/events/schemas";
import { getStaffEvent } from "@/lib/events/staff-queries";
import { nextInSeries } from "@/lib/meetings/schemas";
import { translatableFormValue } from "@/lib/validation/common";
import { idFilter } from "@/lib/validation/list-params";
import { NewEventForm } from "./_components/new-event-form";

export const metadata: Metadata = { title: "New event" };

interface PageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function NewEventPage({ searchParams }: PageProps) {
  const from = idFilter.parse((await searchParams).from);
  const session = await requireStaffPage(from ? `/admin/events/new?from=${from}` : "/admin/events/new");
  if (!can(session.role, "events:edit")) return <NotPermitted what="create events" />;
  const source = from ? await getStaffEvent(from) : null;
  if (from && !source) notFound();

  const initial: NewEventInput = source
    ? {
        slug: nextInSeries(source.form.slug, "-"),
        year: source.form.year + 1,
        startsOn: "",
        endsOn: "",
        title: { ...source.form.title, en: source.form.title.en ? nextInSeries(source.form.title.en, " ") : "" },
        summary: source.form.summary,
        venue: source.form.venue,
      }
    : { slug: "", year: new Date().getUTCFullYear(), startsOn: "", endsOn: "", title: translatableFormValue(), summary: translatableFormValue(), venue: translatableFormValue() };

  return (
    <>
      <PageHeader
        title={source ? "Duplicate event" : "New event"}
        breadcrumbs={[{ label: "Events", href: "/admin/events" }]}
        description="The event is created as a draft; nothing appears on the public site until it is published. Its meetings are added afterwards."
      />
      <NewEventForm initial={initial} duplicate={Boolean(source)} />
    </>
  );
}
