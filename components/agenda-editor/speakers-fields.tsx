"use client";
// The chairs, moderators and speakers of one agenda item, edited inline. Function and
// organisation are edited in English here; texts in other languages, when stored, are kept.
import { get, type UseFormReturn, useFieldArray } from "react-hook-form";
import { Button, Select, TextInput } from "@/components/ui";
import { emptyAgendaSpeaker, SPEAKER_ROLE_LABELS, SPEAKER_ROLES, type AgendaFormInput, type AgendaFormValues } from "@/lib/agenda/schemas";

const ROLE_OPTIONS = SPEAKER_ROLES.map((role) => ({ value: role, label: SPEAKER_ROLE_LABELS[role] }));

export interface SpeakersFieldsProps {
  form: UseFormReturn<AgendaFormInput, unknown, AgendaFormValues>;
  itemIndex: number;
  /** The item's name in quotes, for accessible names. */
  itemName: string;
}

export function SpeakersFields({ form, itemIndex, itemName }: SpeakersFieldsProps) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `items.${itemIndex}.speakers` });
  const errors = form.formState.errors;
  const errorAt = (path: string) => (get(errors, `items.${itemIndex}.speakers.${path}`) as { message?: string } | undefined)?.message;
  const listError = errorAt("root") ?? (get(errors, `items.${itemIndex}.speakers`) as { message?: string } | undefined)?.message;

  return (
    <fieldset className="field-group agenda-speakers">
      <legend>Speakers and moderators</legend>
      <p className="field__hint">
        Function and organisation in English, e.g. “Minister of Labour”, “IOM”.
      </p>
      {listError ? <p className="field__error">{listError}</p> : null}
      {fields.length === 0 ? <p className="muted">None yet.</p> : null}
      <ol className="agenda-speakers__list">
        {fields.map((field, index) => {
          const base = `items.${itemIndex}.speakers.${index}` as const;
          const idBase = `agenda-speaker-${field.id}`;
          const number = `${index + 1}`;
          return (
            <li key={field.id} className="agenda-speakers__row">
              <Select id={`${idBase}-role`} label={`Role (${number})`} options={ROLE_OPTIONS} error={errorAt(`${index}.role`)} {...form.register(`${base}.role`)} />
              <TextInput id={`${idBase}-name`} label={`Name (${number})`} required autoComplete="off" error={errorAt(`${index}.name`)} {...form.register(`${base}.name`)} />
              <TextInput
                id={`${idBase}-function`}
                label={`Function (${number})`}
                error={errorAt(`${index}.function.en`)}
                {...form.register(`${base}.function.en`)}
              />
              <TextInput
                id={`${idBase}-organisation`}
                label={`Organisation (${number})`}
                error={errorAt(`${index}.organisation.en`)}
                {...form.register(`${base}.organisation.en`)}
              />
              <Button size="small" variant="secondary" className="agenda-speakers__remove" aria-label={`Remove speaker ${number} from ${itemName}`} onClick={() => remove(index)}>
                Remove speaker
              </Button>
            </li>
          );
        })}
      </ol>
      <Button size="small" variant="secondary" aria-label={`Add a speaker to ${itemName}`} onClick={() => append(emptyAgendaSpeaker(), { focusName: `items.${itemIndex}.speakers.${fields.length}.name` })}>
        Add speaker
      </Button>
    </fieldset>
  );
}
