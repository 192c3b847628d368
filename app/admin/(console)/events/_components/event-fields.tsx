"use client";
// The fields an event form edits, shared by the new/duplicate form and the edit form.
import type { FieldErrors, Path, UseFormReturn } from "react-hook-form";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { TextInput } from "@/components/ui";
import type { EventFormInput } from "@/lib/events/schemas";
import { UN_LANGUAGES } from "@/lib/i18n/languages";

const TRANSLATABLE_FIELDS = [
  { name: "title", label: "Title", required: true },
  { name: "summary", label: "Summary", multiline: true },
  { name: "venue", label: "Venue" },
] as const;

type EventFieldValues = Omit<EventFormInput, "id" | "version">;

/** The form paths a server field error may name. */
export const EVENT_ERROR_PATHS = [
  "slug",
  "year",
  "startsOn",
  "endsOn",
  ...TRANSLATABLE_FIELDS.flatMap((field) => UN_LANGUAGES.map((language) => `${field.name}.${language}`)),
] as readonly Path<EventFieldValues>[];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two form shapes that both contain EventFieldValues
export function EventFields({ form }: { form: UseFormReturn<any, any, any> }) {
  const errors = form.formState.errors as FieldErrors<EventFieldValues>;
  return (
    <>
      <div className="field-row">
        <TextInput
          label="Page address"
          hint="The last part of the public address: lower-case letters, digits and hyphens."
          required
          error={errors.slug?.message}
          {...form.register("slug")}
        />
        <TextInput label="Year" type="number" inputMode="numeric" required error={errors.year?.message} {...form.register("year", { valueAsNumber: true })} />
      </div>
      <TranslatableFields form={form} idPrefix="event" label="Languages of the event's texts" fields={TRANSLATABLE_FIELDS} />
      <fieldset className="field-group" aria-describedby="event-days-hint">
        <legend>Days at the venue</legend>
        <p id="event-days-hint" className="field__hint">
          Leave both empty when only the year is known.
        </p>
        <div className="field-row">
          <TextInput label="First day" type="date" error={errors.startsOn?.message} {...form.register("startsOn")} />
          <TextInput label="Last day" type="date" error={errors.endsOn?.message} {...form.register("endsOn")} />
        </div>
      </fieldset>
    </>
  );
}
