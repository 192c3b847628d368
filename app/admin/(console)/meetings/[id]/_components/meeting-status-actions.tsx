"use client";
// A meeting's status buttons: publish, unpublish, cancel with a public notice, delete (drafts
// only). Each sends the stored version; a stale one is refused like a stale save.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { CancelWithNotice } from "@/components/events/cancel-with-notice";
import { Button } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import { cancelMeetingAction, deleteMeetingAction, publishMeetingAction, unpublishMeetingAction } from "@/lib/meetings/actions";
import type { MeetingStatus } from "@/lib/meetings/schemas";

export interface MeetingStatusActionsProps {
  id: string;
  version: number;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  dirty: boolean;
  canEdit: boolean;
  canPublish: boolean;
}

export function MeetingStatusActions({ id, version, status, cancellationNotice, dirty, canEdit, canPublish }: MeetingStatusActionsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (!canPublish && !(canEdit && status === "DRAFT")) return null;
  const busy = pending || dirty;

  const publish = () =>
    startTransition(async () => {
      const result = await publishMeetingAction({ id, version });
      if (!result.ok) return void toast.error(result.message);
      toast.success(status === "CANCELLED" ? "Meeting reinstated and published." : "Meeting published. The public page shows it now.");
      router.refresh();
    });

  return (
    <section aria-labelledby="meeting-status-heading" className="status-actions">
      <h2 id="meeting-status-heading">Publication</h2>
      {dirty ? <p className="muted">Save or undo your changes before changing the status.</p> : null}
      <div className="form-actions">
        {canPublish && status !== "PUBLISHED" ? (
          <Button type="button" onClick={publish} disabled={busy}>
            {pending ? "Publishing…" : status === "CANCELLED" ? "Reinstate and publish" : "Publish"}
          </Button>
        ) : null}
        {canPublish && status !== "DRAFT" ? (
          <ConfirmButton
            variant="secondary"
            tone="primary"
            disabled={busy}
            title="Take this meeting off the public site?"
            description="It becomes a draft again: its public page disappears until it is published again."
            confirmLabel="Unpublish"
            onConfirm={async () => {
              const result = await unpublishMeetingAction({ id, version });
              if (!result.ok) return result.message;
              toast.success("Meeting unpublished. It is a draft again.");
              router.refresh();
            }}
          >
            Unpublish
          </ConfirmButton>
        ) : null}
        {canPublish && status !== "DRAFT" ? (
          <CancelWithNotice
            what="meeting"
            id={id}
            version={version}
            notice={cancellationNotice}
            label={status === "CANCELLED" ? "Edit the cancellation notice" : "Cancel meeting…"}
            disabled={busy}
            onCancel={async (input) => {
              const result = await cancelMeetingAction(input);
              if (!result.ok) return result;
              toast.success("Meeting cancelled. The public page shows the notice.");
              router.refresh();
              return null;
            }}
          />
        ) : null}
        {canEdit && status === "DRAFT" ? (
          <ConfirmButton
            disabled={busy}
            title="Delete this draft?"
            description="The meeting and its agenda are deleted for good. This cannot be undone."
            confirmLabel="Delete draft"
            onConfirm={async () => {
              const result = await deleteMeetingAction({ id, version });
              if (!result.ok) return result.message;
              toast.success("Draft deleted.");
              router.push("/admin/meetings");
            }}
          >
            Delete draft
          </ConfirmButton>
        ) : null}
      </div>
    </section>
  );
}
