"use client";
// One agenda item (or break) in the editor: drag handle, move and remove buttons named after the
// item, its translatable title and description, its times at the venue, warnings, and speakers.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { get, type UseFormReturn, useWatch } from "react-hook-form";
import { ConfirmButton } from "@/components/admin/dialog";
import { MoveButtons, type MoveDirection } from "@/components/forms/move-buttons";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { Badge, TextInput } from "@/components/ui";
import type { AgendaFormInput, AgendaFormValues } from "@/lib/agenda/schemas";
import { SpeakersFields } from "./speakers-fields";

export type { MoveDirection };

export interface AgendaItemCardProps {
  /** The field array's key for this item: stable across moves. */
  id: string;
  index: number;
  count: number;
  form: UseFormReturn<AgendaFormInput, unknown, AgendaFormValues>;
  /** The item's English title (or "Item 3"), for its heading and accessible names ("Move “Opening” up"). */
  title: string;
  warnings: string[];
  registerControl: (key: string, element: HTMLElement | null) => void;
  onMove: (direction: MoveDirection) => void;
  onRemove: () => void;
}

export function AgendaItemCard({ id, index, count, form, title, warnings, registerControl, onMove, onRemove }: AgendaItemCardProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const kind = useWatch({ control: form.control, name: `items.${index}.kind` });
  const isBreak = kind === "BREAK";
  const errors = form.formState.errors;
  const timeError = (field: "startsAt" | "endsAt") => (get(errors, `items.${index}.${field}`) as { message?: string } | undefined)?.message;
  const name = `“${title}”`;
  const headingId = `agenda-item-${id}-heading`;
  const warningsId = `agenda-item-${id}-warnings`;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`agenda-card${isBreak ? " agenda-card--break" : ""}${isDragging ? " agenda-card--dragging" : ""}`}
      aria-labelledby={headingId}
    >
      <div className="agenda-card__header">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="agenda-card__handle"
          {...attributes}
          {...listeners}
          aria-label={`Drag ${name} to reorder`}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <h2 id={headingId} className="agenda-card__title">
          <span className="agenda-card__position">{index + 1}.</span> {isBreak ? <Badge tone="neutral">Break</Badge> : null} {title}
        </h2>
        <div className="agenda-card__tools">
          <MoveButtons id={id} name={name} index={index} count={count} registerControl={registerControl} onMove={onMove} />
          <ConfirmButton
            size="small"
            aria-label={`Remove ${name}`}
            title={`Remove ${name}?`}
            description={isBreak ? "The break leaves the agenda when you save." : "The item and its speakers leave the agenda when you save."}
            confirmLabel={isBreak ? "Remove break" : "Remove item"}
            onConfirm={onRemove}
          >
            Remove
          </ConfirmButton>
        </div>
      </div>

      {warnings.length > 0 ? (
        <ul id={warningsId} className="agenda-card__warnings" aria-label={`Warnings for ${name}`}>
          {warnings.map((warning) => (
            <li key={warning}>
              <strong>Warning:</strong> {warning}
            </li>
          ))}
        </ul>
      ) : null}

      <TranslatableFields
        form={form}
        idPrefix={`agenda-${index}`}
        label={`Languages of ${name}`}
        fields={
          isBreak
            ? [{ name: `items.${index}.title`, label: "Title", required: true, maxLength: 300 }]
            : [
                { name: `items.${index}.title`, label: "Title", required: true, maxLength: 300 },
                { name: `items.${index}.description`, label: "Description", multiline: true, maxLength: 4000 },
              ]
        }
      />

      <fieldset className="field-group agenda-card__times">
        <legend>Time at the venue</legend>
        <div className="field-row">
          <TextInput
            id={`agenda-${id}-starts`}
            label="Starts"
            type="datetime-local"
            error={timeError("startsAt")}
            {...form.register(`items.${index}.startsAt`)}
          />
          <TextInput id={`agenda-${id}-ends`} label="Ends" type="datetime-local" error={timeError("endsAt")} {...form.register(`items.${index}.endsAt`)} />
        </div>
      </fieldset>

      {isBreak ? null : <SpeakersFields form={form} itemIndex={index} itemName={name} />}
    </li>
  );
}
