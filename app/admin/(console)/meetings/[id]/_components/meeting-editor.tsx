"use client";
// The meeting edit form. It sends the version the page was loaded with; a save from a stale copy
// is refused by the server, and the form then shows what changed since while keeping what the
// user typed. Status buttons sit below and are disabled while there are unsaved changes.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { StaleSaveNotice, type StaleSave } from "@/components/events/stale-save-notice";
import { StatusActions } from "@/components/events/status-actions";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import { cancelMeetingAction, deleteMeetingAction, publishMeetingAction, unpublishMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { meetingFormSchema, type MeetingFormInput, type MeetingFormValues, type MeetingStatus } from "@/lib/meetings/schemas";
import { MEETING_ERROR_PATHS, MeetingFields } from "../../_components/meeting-fields";

const HANDLERS = { publish: publishMeetingAction, unpublish: unpublishMeetingAction, cancel: cancelMeetingAction, remove: deleteMeetingAction };

export interface MeetingEditorProps {
  initial: MeetingFormInput;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  canEdit: boolean;
  canPublish: boolean;
}

export function MeetingEditor({ initial, status, cancellationNotice, canEdit, canPublish }: MeetingEditorProps) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const [stale, setStale] = useState<StaleSave | null>(null);
  const form = useForm<MeetingFormInput, unknown, MeetingFormValues>({ resolver: zodResolver(meetingFormSchema), defaultValues: initial });
  const { isSubmitting, isDirty } = form.formState;
  const version = useWatch({ control: form.control, name: "version" });

  // A new stored version (after a save, a status change or "Load the current version") restarts
  // the form from it. Other re-renders keep what the user typed.
  const storedVersion = initial.version;
  const [seenVersion, setSeenVersion] = useState(storedVersion);
  if (seenVersion !== storedVersion) {
    setSeenVersion(storedVersion);
    setStale(null);
  }
  useEffect(() => {
    form.reset(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new stored version resets the form
  }, [form, storedVersion]);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setStale(null);
    const result = await updateMeetingAction(values);
    if (result.ok) {
      form.reset({ ...form.getValues(), version: result.data.version });
      toast.success("Meeting saved.");
      setMessage({ tone: "success", text: "Changes saved." });
      router.refresh();
      return;
    }
    if (result.changes) {
      setStale({ message: result.message, changes: result.changes });
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, MEETING_ERROR_PATHS, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-describedby="meeting-form-message" className="meeting-editor">
        <div aria-live="assertive">{stale ? <StaleSaveNotice stale={stale} onReload={() => router.refresh()} /> : null}</div>
        <FormMessageSlot message={message} id="meeting-form-message" />
        <fieldset disabled={!canEdit} className="field-group--plain">
          <MeetingFields form={form} />
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : "Save changes"}
            </Button>
          </div>
        ) : null}
      </form>
      <StatusActions
        what="meeting"
        listHref="/admin/meetings"
        handlers={HANDLERS}
        id={initial.id}
        version={version}
        status={status}
        cancellationNotice={cancellationNotice}
        dirty={isDirty}
        canEdit={canEdit}
        canPublish={canPublish}
      />
    </>
  );
}
