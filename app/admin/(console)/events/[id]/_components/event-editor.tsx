"use client";
// The event edit form: like the meeting editor, it sends the version the page was loaded with; a
// stale save is refused and the form shows what changed since, keeping what the user typed.
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
import { cancelEventAction, deleteEventAction, publishEventAction, unpublishEventAction, updateEventAction } from "@/lib/events/actions";
import { eventFormSchema, type EventFormInput, type EventFormValues } from "@/lib/events/schemas";
import type { MeetingStatus } from "@/lib/meetings/schemas";
import { EVENT_ERROR_PATHS, EventFields } from "../../_components/event-fields";

const HANDLERS = { publish: publishEventAction, unpublish: unpublishEventAction, cancel: cancelEventAction, remove: deleteEventAction };

export interface EventEditorProps {
  initial: EventFormInput;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  canEdit: boolean;
  canPublish: boolean;
}

export function EventEditor({ initial, status, cancellationNotice, canEdit, canPublish }: EventEditorProps) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const [stale, setStale] = useState<StaleSave | null>(null);
  const form = useForm<EventFormInput, unknown, EventFormValues>({ resolver: zodResolver(eventFormSchema), defaultValues: initial });
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
    const result = await updateEventAction(values);
    if (result.ok) {
      form.reset({ ...form.getValues(), version: result.data.version });
      toast.success("Event saved.");
      setMessage({ tone: "success", text: "Changes saved." });
      router.refresh();
      return;
    }
    if (result.changes) {
      setStale({ message: result.message, changes: result.changes });
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, EVENT_ERROR_PATHS, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <>
      <form onSubmit={onSubmit} noValidate aria-describedby="event-form-message">
        <div aria-live="assertive">{stale ? <StaleSaveNotice stale={stale} onReload={() => router.refresh()} /> : null}</div>
        <FormMessageSlot message={message} id="event-form-message" />
        <fieldset disabled={!canEdit} className="field-group--plain">
          <EventFields form={form} />
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
        what="event"
        listHref="/admin/events"
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
