"use client";
// The fields a meeting form edits, shared by the new/duplicate form and the edit form: kind,
// page address, texts per language (tabs that show what is missing), time zone and dates.
import { useWatch, type FieldErrors, type Path, type UseFormReturn } from "react-hook-form";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { Checkbox, Select, TextInput } from "@/components/ui";
import { UN_LANGUAGES } from "@/lib/i18n/languages";
import { MEETING_KIND_LABELS, MEETING_KINDS, type MeetingFormInput } from "@/lib/meetings/schemas";

const KIND_OPTIONS = MEETING_KINDS.map((kind) => ({ value: kind, label: MEETING_KIND_LABELS[kind] }));

export const TRANSLATABLE_FIELDS = [
  { name: "title", label: "Title", required: true },
  { name: "summary", label: "Summary", multiline: true },
  { name: "venue", label: "Venue" },
] as const;

/** The form paths a server field error may name (both meeting forms have them all). */
export const MEETING_ERROR_PATHS = [
  "kind",
  "slug",
  "timeZone",
  "allDay",
  "startsAt",
  "endsAt",
  ...TRANSLATABLE_FIELDS.flatMap((field) => UN_LANGUAGES.map((language) => `${field.name}.${language}`)),
] as readonly Path<MeetingFieldValues>[];

type MeetingFieldValues = Omit<MeetingFormInput, "id" | "version">;

export function MeetingFields({
  form,
  slugHint,
  onSlugEdited,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two form shapes that both contain MeetingFieldValues
  form: UseFormReturn<any, any, any>;
  slugHint?: string;
  /** Told when the user types in the address field (the new form stops deriving it from the title). */
  onSlugEdited?: () => void;
}) {
  const errors = form.formState.errors as FieldErrors<MeetingFieldValues>;
  const allDay = useWatch({ control: form.control, name: "allDay" }) as boolean;

  // Switching between all-day and timed keeps the chosen days.
  const allDayField = form.register("allDay", {
    onChange: (event: { target: { checked: boolean } }) => {
      for (const field of ["startsAt", "endsAt"] as const) {
        const value = String(form.getValues(field) ?? "");
        if (value === "") continue;
        form.setValue(field, event.target.checked ? value.slice(0, 10) : `${value.slice(0, 10)}T${field === "startsAt" ? "10:00" : "13:00"}`);
      }
    },
  });

  return (
    <>
      <div className="field-row">
        <Select label="Kind" options={KIND_OPTIONS} error={errors.kind?.message} {...form.register("kind")} />
        <TextInput
          label="Page address"
          hint={slugHint ?? "The last part of the public address: lower-case letters, digits and hyphens."}
          error={errors.slug?.message}
          required
          {...form.register("slug", { onChange: () => onSlugEdited?.() })}
        />
      </div>
      <TranslatableFields form={form} idPrefix="meeting" label="Languages of the meeting's texts" fields={TRANSLATABLE_FIELDS} />
      <TextInput
        label="Time zone of the venue"
        hint="IANA name, e.g. America/New_York (UN Headquarters) or Europe/Zurich (Geneva). Dates and times below are at the venue."
        error={errors.timeZone?.message}
        required
        {...form.register("timeZone")}
      />
      <Checkbox label="All-day meeting" hint="Tick when the sources give the days but no times." error={errors.allDay?.message} {...allDayField} />
      <fieldset className="field-group" aria-describedby="meeting-dates-hint">
        <legend>{allDay ? "Days at the venue" : "Times at the venue"}</legend>
        <p id="meeting-dates-hint" className="field__hint">
          Leave both empty when the date is not known.
        </p>
        <div className="field-row">
          <TextInput label={allDay ? "First day" : "Starts"} type={allDay ? "date" : "datetime-local"} error={errors.startsAt?.message} {...form.register("startsAt")} />
          <TextInput label={allDay ? "Last day" : "Ends"} type={allDay ? "date" : "datetime-local"} error={errors.endsAt?.message} {...form.register("endsAt")} />
        </div>
      </fieldset>
    </>
  );
}
