// /admin/events/[id]/preview: the event exactly as its public page renders it, whatever its
// status (drafts included), under a "Preview — not public" banner. Staff only (content:read).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { EventDetail } from "@/components/events/event-detail";
import { PreviewBanner } from "@/components/publishing/preview-banner";
import { PublicPreview } from "@/components/publishing/public-preview";
import { Breadcrumbs } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { findEventForPreview } from "@/lib/events/queries";
import { routing } from "@/lib/i18n/routing";
import { translateText } from "@/lib/i18n/translatable";
import { recordIdSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Event preview" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function EventPreviewPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/events/${id.data}/preview` : "/admin/events");
  if (!can(session.role, "content:read")) return <NotPermitted what="preview events" />;
  if (!id.success) notFound();
  const event = await findEventForPreview(db, id.data);
  if (!event) notFound();

  // The public site's language, as the public pages provide it to their components.
  const locale = routing.defaultLocale;
  const title = translateText(event.title, "en") || "Event";
  const editHref = `/admin/events/${event.id}`;

  return (
    <>
      <Breadcrumbs label="Breadcrumb" items={[{ label: "Events", href: "/admin/events" }, { label: title, href: editHref }, { label: "Preview" }]} />
      <PreviewBanner
        entity="event"
        status={event.status}
        editHref={editHref}
        note={event.status === "DRAFT" ? "Its meetings are listed as the public will see them once the event is published: drafts among them stay hidden." : undefined}
      />
      <PublicPreview locale={locale}>
        <EventDetail event={event} locale={locale} fileLinks="staff" />
      </PublicPreview>
    </>
  );
}
