"use client";
// Publish, unpublish and delete (drafts only) for one document. Each sends the stored version; a
// stale one is refused like a stale save. Disabled while the form above has unsaved changes.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { Button } from "@/components/ui";
import { deleteDocumentAction, publishDocumentAction, unpublishDocumentAction } from "@/lib/documents/actions";
import type { DocumentStatusValue } from "@/lib/documents/list-params";

export interface DocumentStatusActionsProps {
  id: string;
  version: number;
  status: DocumentStatusValue;
  parentHref: string;
  dirty: boolean;
  canEdit: boolean;
  canPublish: boolean;
}

export function DocumentStatusActions({ id, version, status, parentHref, dirty, canEdit, canPublish }: DocumentStatusActionsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (!canPublish && !(canEdit && status === "DRAFT")) return null;
  const busy = pending || dirty;

  const publish = () =>
    startTransition(async () => {
      const result = await publishDocumentAction({ id, version });
      if (!result.ok) return void toast.error(result.message);
      toast.success("Document published. It shows wherever its meeting or event is public.");
      router.refresh();
    });

  return (
    <section aria-labelledby="document-status-heading" className="status-actions">
      <h2 id="document-status-heading">Publication</h2>
      {dirty ? <p className="muted">Save or undo your changes before changing the status.</p> : null}
      <div className="form-actions">
        {canPublish && status !== "PUBLISHED" ? (
          <Button onClick={publish} disabled={busy}>
            {pending ? "Publishing…" : "Publish"}
          </Button>
        ) : null}
        {canPublish && status === "PUBLISHED" ? (
          <ConfirmButton
            variant="secondary"
            tone="primary"
            disabled={busy}
            title="Take this document off the public site?"
            description="It becomes a draft again: its files stay, but the public can no longer download them until it is published again."
            confirmLabel="Unpublish"
            onConfirm={async () => {
              const result = await unpublishDocumentAction({ id, version });
              if (!result.ok) return result.message;
              toast.success("Document unpublished. It is a draft again.");
              router.refresh();
            }}
          >
            Unpublish
          </ConfirmButton>
        ) : null}
        {canEdit && status === "DRAFT" ? (
          <ConfirmButton
            disabled={busy}
            title="Delete this draft?"
            description="The document and every version of its files are deleted for good. This cannot be undone."
            confirmLabel="Delete draft"
            onConfirm={async () => {
              const result = await deleteDocumentAction({ id, version });
              if (!result.ok) return result.message;
              toast.success("Draft deleted.");
              router.push(parentHref);
            }}
          >
            Delete draft
          </ConfirmButton>
        ) : null}
      </div>
    </section>
  );
}
