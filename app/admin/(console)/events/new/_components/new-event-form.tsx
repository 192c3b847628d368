"use client";
// The new-event form (also prefilled to duplicate one). The address follows the English title
// until the user edits it; a taken address comes back as an error on that field.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui";
import { createEventAction } from "@/lib/events/actions";
import { newEventSchema, type NewEventInput, type NewEventValues } from "@/lib/events/schemas";
import { slugify } from "@/lib/meetings/schemas";
import { EVENT_ERROR_PATHS, EventFields } from "../../_components/event-fields";

export function NewEventForm({ initial, duplicate }: { initial: NewEventInput; duplicate: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const form = useForm<NewEventInput, unknown, NewEventValues>({ resolver: zodResolver(newEventSchema), defaultValues: initial });
  const { isSubmitting, dirtyFields } = form.formState;
  const englishTitle = useWatch({ control: form.control, name: "title.en" });
  const [lastTitle, setLastTitle] = useState(englishTitle);
  if (englishTitle !== lastTitle) {
    setLastTitle(englishTitle);
    if (!duplicate && !dirtyFields.slug) form.setValue("slug", slugify(englishTitle ?? ""));
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createEventAction(values);
    if (result.ok) {
      toast.success("Event created as a draft.");
      router.push(`/admin/events/${result.data.id}`);
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, EVENT_ERROR_PATHS, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="new-event-message">
      <FormMessageSlot message={message} id="new-event-message" />
      <EventFields form={form} />
      <div className="form-actions">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Creating…" : "Create event"}
        </Button>
      </div>
    </form>
  );
}
