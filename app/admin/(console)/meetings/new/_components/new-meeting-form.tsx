"use client";
// The new-meeting form, also used to duplicate one (then prefilled, with "copy the agenda").
// The page address follows the English title until the user edits it; a taken address comes
// back from the server as an error on that field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, Checkbox, Select, type SelectOption } from "@/components/ui";
import { createMeetingAction } from "@/lib/meetings/actions";
import { newMeetingSchema, slugify, type NewMeetingInput, type NewMeetingValues } from "@/lib/meetings/schemas";
import { MEETING_ERROR_PATHS, MeetingFields } from "../../_components/meeting-fields";

export function NewMeetingForm({ initial, events, canCopyAgenda }: { initial: NewMeetingInput; events: readonly SelectOption[]; canCopyAgenda: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const form = useForm<NewMeetingInput, unknown, NewMeetingValues>({ resolver: zodResolver(newMeetingSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  // A duplicate's address is already a suggestion of its own; a new meeting's follows the title.
  const [slugEdited, setSlugEdited] = useState(initial.slug !== "");
  const englishTitle = useWatch({ control: form.control, name: "title.en" });
  const [lastTitle, setLastTitle] = useState(englishTitle);
  if (englishTitle !== lastTitle) {
    setLastTitle(englishTitle);
    if (!slugEdited) form.setValue("slug", slugify(englishTitle ?? ""));
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createMeetingAction(values);
    if (result.ok) {
      toast.success(initial.sourceId ? "Meeting duplicated as a draft." : "Meeting created as a draft.");
      router.push(`/admin/meetings/${result.data.id}`);
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, ["eventId", ...MEETING_ERROR_PATHS] as const, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="new-meeting-message">
      <FormMessageSlot message={message} id="new-meeting-message" />
      <Select label="Event" placeholder="Choose the event" options={events} required error={errors.eventId?.message} {...form.register("eventId")} />
      <MeetingFields
        form={form}
        onSlugEdited={() => setSlugEdited(true)}
      />
      {canCopyAgenda ? (
        <Checkbox
          label="Copy the agenda (items and speakers)"
          hint="Timed items move with the new start; without dates they are copied without times."
          {...form.register("copyAgenda")}
        />
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : initial.sourceId ? "Create the duplicate" : "Create meeting"}
        </Button>
      </div>
    </form>
  );
}
