"use client";
// The meeting edit form and the Publish button. Both send the version the page was loaded with;
// the server refuses a stale one (someone else saved in between) without changing anything.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, Checkbox, Select, TextInput } from "@/components/ui";
import { publishMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import {
  MEETING_STATUS_LABELS,
  MEETING_STATUSES,
  meetingFormSchema,
  type MeetingFormInput,
  type MeetingFormValues,
} from "@/lib/meetings/schemas";

const STATUS_OPTIONS = MEETING_STATUSES.map((status) => ({ value: status, label: MEETING_STATUS_LABELS[status] }));
const EDITABLE_FIELDS = ["titleEn", "allDay", "startsAt", "endsAt", "status"] as const;

export function MeetingEditor({ initial, canPublish }: { initial: MeetingFormValues; canPublish: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const [isPublishing, startPublishing] = useTransition();
  const form = useForm<MeetingFormInput, unknown, MeetingFormValues>({
    resolver: zodResolver(meetingFormSchema),
    defaultValues: initial,
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const allDay = useWatch({ control: form.control, name: "allDay" });

  // After a save the page re-renders on the server; start again from what is now stored.
  useEffect(() => {
    form.reset(initial);
  }, [form, initial]);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateMeetingAction(values);
    if (result.ok) {
      form.reset({ ...values, version: result.data.version });
      setMessage({ tone: "success", text: "Changes saved." });
      router.refresh();
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, EDITABLE_FIELDS, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  const publish = () =>
    startPublishing(async () => {
      setMessage(null);
      const result = await publishMeetingAction({ id: initial.id, version: form.getValues("version") });
      if (result.ok) {
        form.reset({ ...form.getValues(), status: "PUBLISHED", version: result.data.version });
        setMessage({ tone: "success", text: "Meeting published. The public page shows it now." });
        router.refresh();
        return;
      }
      setMessage({ tone: "error", text: result.message });
    });

  // Switching between all-day and timed keeps the chosen days.
  const allDayField = form.register("allDay", {
    onChange: (event: { target: { checked: boolean } }) => {
      for (const field of ["startsAt", "endsAt"] as const) {
        const value = form.getValues(field);
        if (value === "") continue;
        form.setValue(field, event.target.checked ? value.slice(0, 10) : `${value.slice(0, 10)}T${field === "startsAt" ? "10:00" : "13:00"}`);
      }
    },
  });

  const busy = isSubmitting || isPublishing;
  const storedStatus = initial.status;

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="meeting-form-message">
      <FormMessageSlot message={message} id="meeting-form-message" />
      <TextInput label="English title" required error={errors.titleEn?.message} {...form.register("titleEn")} />
      <Checkbox
        label="All-day meeting"
        hint="Tick when the sources give the days but no times."
        error={errors.allDay?.message}
        {...allDayField}
      />
      <fieldset className="field-group" aria-describedby="meeting-dates-hint">
        <legend>{allDay ? "Days at the venue" : "Times at the venue"}</legend>
        <p id="meeting-dates-hint" className="field__hint">
          Leave both empty when the date is not known.
        </p>
        <div className="field-row">
          <TextInput
            label={allDay ? "First day" : "Starts"}
            type={allDay ? "date" : "datetime-local"}
            error={errors.startsAt?.message}
            {...form.register("startsAt")}
          />
          <TextInput
            label={allDay ? "Last day" : "Ends"}
            type={allDay ? "date" : "datetime-local"}
            error={errors.endsAt?.message}
            {...form.register("endsAt")}
          />
        </div>
      </fieldset>
      {canPublish ? (
        <Select label="Status" options={STATUS_OPTIONS} error={errors.status?.message} {...form.register("status")} />
      ) : (
        // Left unregistered, the stored status travels with the form unchanged.
        <p>
          <strong>Status:</strong> {MEETING_STATUS_LABELS[storedStatus]} <span className="muted">(your role cannot change it)</span>
        </p>
      )}
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {isSubmitting ? "Saving…" : "Save changes"}
        </Button>
        {canPublish && storedStatus !== "PUBLISHED" ? (
          <Button type="button" variant="secondary" onClick={publish} disabled={busy || isDirty} aria-describedby={isDirty ? "publish-hint" : undefined}>
            {isPublishing ? "Publishing…" : "Publish"}
          </Button>
        ) : null}
      </div>
      {canPublish && storedStatus !== "PUBLISHED" && isDirty ? (
        <p id="publish-hint" className="muted">
          Save your changes before publishing.
        </p>
      ) : null}
    </form>
  );
}
