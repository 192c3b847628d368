// The "Documents" section of a meeting's or an event's edit page: its documents in their public
// order (reorderable by those who edit documents) and the link to add one. Server component: it
// reads the list itself, so the edit pages only place it.
import Link from "next/link";
import { buttonClass } from "@/components/ui";
import type { DocumentParent } from "@/lib/documents/schemas";
import { listDocumentsOf } from "@/lib/documents/staff-queries";
import { DocumentOrderList } from "./document-order-list";

export interface ParentDocumentsProps {
  parent: DocumentParent;
  canEdit: boolean;
}

export async function ParentDocuments({ parent, canEdit }: ParentDocumentsProps) {
  const rows = await listDocumentsOf(parent);
  const what = "meetingId" in parent ? "meeting" : "event";
  const newHref = "meetingId" in parent ? `/admin/documents/new?meeting=${parent.meetingId}` : `/admin/documents/new?event=${parent.eventId}`;
  const documents = rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    symbol: row.symbol,
    status: row.status,
    languages: row.languages.map((language) => ({ code: language.language, hasFile: language.hasFile })),
  }));

  return (
    <section aria-labelledby="parent-documents-heading" className="parent-documents">
      <div className="page-header__row">
        <h2 id="parent-documents-heading">Documents</h2>
        {canEdit ? (
          <Link className={buttonClass("secondary")} href={newHref}>
            New document
          </Link>
        ) : null}
      </div>
      {documents.length === 0 ? (
        <p className="muted">This {what} has no documents yet.</p>
      ) : (
        <>
          <p className="muted">In the order the public page lists them.{canEdit ? " Drag a document by its handle, or use Move up and Move down; each move is saved at once." : ""}</p>
          <DocumentOrderList parent={parent} documents={documents} canEdit={canEdit} />
        </>
      )}
    </section>
  );
}
