// /admin/documents/[id]: one document — its fields, publication, the files in every UN language
// (upload, replace, remove, revert) and its history.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HistoryPanel } from "@/components/admin/history-panel";
import { NotPermitted } from "@/components/admin/not-permitted";
import { PageHeader } from "@/components/admin/page-header";
import { DocumentFiles } from "@/components/documents/staff/document-files";
import { DOCUMENT_STATUS, type StaffLanguageFiles } from "@/components/documents/staff/types";
import { Badge } from "@/components/ui";
import { can } from "@/lib/auth/permissions";
import { requireStaffPage } from "@/lib/auth/session";
import { getStaffDocument } from "@/lib/documents/staff-queries";
import { env } from "@/lib/env";
import { recordIdSchema } from "@/lib/validation/common";
import { DocumentEditor } from "./_components/document-editor";

export const metadata: Metadata = { title: "Edit document" };

interface PageProps {
  params: Promise<{ id: string }>;
}

export default async function DocumentPage({ params }: PageProps) {
  const { id: rawId } = await params;
  const id = recordIdSchema.safeParse(rawId);
  const session = await requireStaffPage(id.success ? `/admin/documents/${id.data}` : "/admin/documents");
  if (!id.success) notFound();
  if (!can(session.role, "content:read")) return <NotPermitted what="see documents" />;
  const document = await getStaffDocument(id.data);
  if (!document) notFound();
  const canEdit = can(session.role, "documents:edit");
  const status = DOCUMENT_STATUS[document.status];
  const parent = document.parent;
  const breadcrumbs = parent
    ? [parent.kind === "meeting" ? { label: "Meetings", href: "/admin/meetings" } : { label: "Events", href: "/admin/events" }, { label: parent.title, href: parent.href }]
    : [{ label: "Documents", href: "/admin/documents" }];
  // The rows list earlier versions only; the current file has its own line.
  const rows: StaffLanguageFiles[] = document.files.map((row) => ({ ...row, history: row.history.filter((file) => !file.isCurrent) }));

  return (
    <>
      <PageHeader
        title={document.form.title.en || "Document"}
        breadcrumbs={breadcrumbs}
        description={
          <p>
            <Badge tone={status.tone}>{status.label}</Badge>
            {document.form.symbol ? ` · ${document.form.symbol}` : ""} ·{" "}
            {parent ? (
              <>
                listed under the {parent.kind} <Link href={parent.href}>{parent.title}</Link>
              </>
            ) : (
              "not attached to a meeting or event"
            )}{" "}
            · {document.status === "PUBLISHED" ? "public wherever its " + (parent?.kind ?? "parent") + " is public" : "not on the public site"}
          </p>
        }
      />
      {canEdit ? null : <NotPermitted what="edit documents" />}
      <DocumentEditor
        initial={document.form}
        status={document.status}
        parentHref={parent?.href ?? "/admin/documents"}
        canEdit={canEdit}
        canPublish={can(session.role, "documents:publish")}
      />
      <DocumentFiles documentId={document.id} rows={rows} maxBytes={env().UPLOAD_MAX_BYTES} canEdit={canEdit} />
      <HistoryPanel entityType="Document" entityId={document.id} />
    </>
  );
}
