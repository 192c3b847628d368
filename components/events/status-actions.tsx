"use client";
// The status buttons of a meeting or an event: publish, unpublish, cancel with a public notice,
// delete (drafts only). Each sends the stored version; a stale one is refused like a stale save.
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ConfirmButton } from "@/components/admin/dialog";
import { toast } from "@/components/admin/toast";
import { CancelWithNotice } from "@/components/events/cancel-with-notice";
import { Button } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { CancelMeetingInput, MeetingStatus } from "@/lib/meetings/schemas";

type Outcome = { ok: true } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

export interface StatusActionHandlers {
  publish: (input: { id: string; version: number }) => Promise<Outcome>;
  unpublish: (input: { id: string; version: number }) => Promise<Outcome>;
  cancel: (input: CancelMeetingInput) => Promise<Outcome>;
  remove: (input: { id: string; version: number }) => Promise<Outcome>;
}

export interface StatusActionsProps {
  what: "meeting" | "event";
  /** Where to go after deleting the draft. */
  listHref: string;
  handlers: StatusActionHandlers;
  id: string;
  version: number;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  dirty: boolean;
  canEdit: boolean;
  canPublish: boolean;
}

export function StatusActions({ what, listHref, handlers, id, version, status, cancellationNotice, dirty, canEdit, canPublish }: StatusActionsProps) {
  const What = what === "meeting" ? "Meeting" : "Event";
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  if (!canPublish && !(canEdit && status === "DRAFT")) return null;
  const busy = pending || dirty;

  const publish = () =>
    startTransition(async () => {
      const result = await handlers.publish({ id, version });
      if (!result.ok) return void toast.error(result.message);
      toast.success(status === "CANCELLED" ? `${What} reinstated and published.` : `${What} published. The public page shows it now.`);
      router.refresh();
    });

  return (
    <section aria-labelledby={`${what}-status-heading`} className="status-actions">
      <h2 id={`${what}-status-heading`}>Publication</h2>
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
            title={`Take this ${what} off the public site?`}
            description="It becomes a draft again: its public page disappears until it is published again."
            confirmLabel="Unpublish"
            onConfirm={async () => {
              const result = await handlers.unpublish({ id, version });
              if (!result.ok) return result.message;
              toast.success(`${What} unpublished. It is a draft again.`);
              router.refresh();
            }}
          >
            Unpublish
          </ConfirmButton>
        ) : null}
        {canPublish && status !== "DRAFT" ? (
          <CancelWithNotice
            what={what}
            id={id}
            version={version}
            notice={cancellationNotice}
            label={status === "CANCELLED" ? "Edit the cancellation notice" : `Cancel ${what}…`}
            disabled={busy}
            onCancel={async (input) => {
              const result = await handlers.cancel(input);
              if (!result.ok) return result;
              toast.success(`${What} cancelled. The public page shows the notice.`);
              router.refresh();
              return null;
            }}
          />
        ) : null}
        {canEdit && status === "DRAFT" ? (
          <ConfirmButton
            disabled={busy}
            title="Delete this draft?"
            description={what === "meeting" ? "The meeting and its agenda are deleted for good. This cannot be undone." : "The event is deleted for good. This cannot be undone."}
            confirmLabel="Delete draft"
            onConfirm={async () => {
              const result = await handlers.remove({ id, version });
              if (!result.ok) return result.message;
              toast.success("Draft deleted.");
              router.push(listHref);
            }}
          >
            Delete draft
          </ConfirmButton>
        ) : null}
      </div>
    </section>
  );
}
