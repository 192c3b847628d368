// /admin/meetings/[id]/preview: the meeting exactly as its public page renders it, whatever its
// status (drafts included), under a "Preview — not public" banner. Staff only (content:read);
// never cached, never linked from the public site.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotPermitted } from "@/components/admin/not-permitted";
import { MeetingDetail } from "@/components/meetings/meeting-detail";
import { PreviewBanner } from "@/components/publishing/preview-banner";
import { PublicPreview } from "@/components/publishing/public-preview";
import { Breadcrumbs } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { routing } from "@/lib/i18n/routing";
import { translateText } from "@/lib/i18n/translatable";
import { findMeetingForPreview } from "@/lib/meetings/queries";
import { recordIdSchema } from "@/lib/validation/common";

export const metadata: Metadata = { title: "Meeting preview" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function MeetingPreviewPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/meetings/${id.data}/preview` : "/admin/meetings");
  if (!can(session.role, "content:read")) return <NotPermitted what="preview meetings" />;
  if (!id.success) notFound();
  const meeting = await findMeetingForPreview(db, id.data);
  if (!meeting) notFound();

  // The public site's language, as the public pages provide it to their components.
  const locale = routing.defaultLocale;
  const title = translateText(meeting.title, "en") || "Meeting";
  const editHref = `/admin/meetings/${meeting.id}`;

  return (
    <>
      <Breadcrumbs label="Breadcrumb" items={[{ label: "Meetings", href: "/admin/meetings" }, { label: title, href: editHref }, { label: "Preview" }]} />
      <PreviewBanner entity="meeting" status={meeting.status} editHref={editHref} />
      <PublicPreview locale={locale}>
        <MeetingDetail meeting={meeting} locale={locale} fileLinks="staff" />
      </PublicPreview>
    </>
  );
}
