"use client";
// The agenda editor: the whole agenda is one react-hook-form validated by the same schema as
// saveAgendaAction, saved at once with the agendaVersion it was loaded with. Items reorder by drag
// and drop (dnd-kit) and by "Move up"/"Move down" buttons that keep focus on the moved item's
// button and announce its new position. A stale save is refused by the server; the user's edits
// stay in the form and the notice shows what the other save changed.
import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { type Path, useFieldArray, useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui";
import { saveAgendaAction } from "@/lib/agenda/actions";
import type { AgendaBounds } from "@/lib/agenda/bounds";
import { agendaFormSchema, emptyAgendaItem, type AgendaFormInput, type AgendaFormValues, type AgendaItemKind } from "@/lib/agenda/schemas";
import { agendaWarnings } from "@/lib/agenda/warnings";
import type { ChangeSince } from "@/lib/audit/queries";
import { AgendaItemCard, type MoveDirection } from "./agenda-item-card";
import { ConflictNotice } from "./conflict-notice";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";
import "./agenda-editor.css";

export interface AgendaEditorProps {
  initial: AgendaFormInput;
  bounds: AgendaBounds | null;
  timeZone: string;
}

const itemTitle = (title: { en?: string } | undefined, index: number) => title?.en?.trim() || `Item ${index + 1}`;
const itemName = (title: { en?: string } | undefined, index: number) => `“${itemTitle(title, index)}”`;

export function AgendaEditor({ initial, bounds, timeZone }: AgendaEditorProps) {
  const router = useRouter();
  const schema = useMemo(() => agendaFormSchema(bounds), [bounds]);
  const form = useForm<AgendaFormInput, unknown, AgendaFormValues>({ resolver: zodResolver(schema), defaultValues: initial });
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "items" });
  const items = useWatch({ control: form.control, name: "items" });
  const { isSubmitting, isDirty } = form.formState;
  const [message, setMessage] = useState<FormMessage>(null);
  const [conflict, setConflict] = useState<ChangeSince[] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const controls = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);
  const addItemButton = useRef<HTMLButtonElement>(null);

  useUnsavedChangesWarning(isDirty && !isSubmitting);

  // After a save (or "load the current agenda") the page re-renders on the server: start again
  // from what is now stored.
  useEffect(() => {
    form.reset(initial);
  }, [form, initial]);

  // Focus moves only after React has put the moved item in its new place.
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const target = pendingFocus.current === "add" ? addItemButton.current : controls.current.get(pendingFocus.current);
    pendingFocus.current = null;
    target?.focus();
  });

  const registerControl = useCallback((key: string, element: HTMLElement | null) => {
    if (element) controls.current.set(key, element);
    else controls.current.delete(key);
  }, []);

  const warnings = useMemo(() => agendaWarnings(items ?? [], bounds), [items, bounds]);

  const moveItem = (from: number, to: number, direction: MoveDirection | null) => {
    const title = itemName(items?.[from]?.title, from);
    const id = fields[from]?.id;
    if (to < 0 || to >= fields.length || !id) {
      setAnnouncement(`${title} is already ${to < 0 ? "first" : "last"}.`);
      return;
    }
    move(from, to);
    if (direction) pendingFocus.current = `${id}:${direction}`;
    setAnnouncement(`${title} moved to position ${to + 1} of ${fields.length}.`);
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = fields.findIndex((field) => field.id === active.id);
    const to = fields.findIndex((field) => field.id === over.id);
    if (from >= 0 && to >= 0) moveItem(from, to, null);
  };

  const removeItem = (index: number) => {
    const title = itemName(items?.[index]?.title, index);
    remove(index);
    pendingFocus.current = "add";
    setAnnouncement(`${title} removed. Save to keep the change.`);
  };

  const addItem = (kind: AgendaItemKind) => {
    // A new item starts where the last one ends, the usual case when building an agenda in order.
    const last = items?.at(-1);
    append(emptyAgendaItem(kind, last?.endsAt ?? ""), { focusName: `items.${fields.length}.title.en` });
  };

  const onSubmit = form.handleSubmit(
    async (values) => {
      setMessage(null);
      setConflict(null);
      const result = await saveAgendaAction(values);
      if (result.ok) {
        form.reset({ ...form.getValues(), agendaVersion: result.data.agendaVersion });
        toast.success("Agenda saved.");
        router.refresh();
        return;
      }
      if ("conflict" in result) {
        setConflict(result.conflict);
        setMessage({ tone: "error", text: result.message });
        return;
      }
      const paths = Object.keys(result.fieldErrors ?? {}) as Path<AgendaFormInput>[];
      const placed = applyFieldErrors(result.fieldErrors, paths, form.setError);
      setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
    },
    () => setMessage({ tone: "error", text: "Some fields need attention: the agenda was not saved." }),
  );

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) => {
    const index = fields.findIndex((field) => field.id === id);
    return itemName(items?.[index]?.title, index);
  };
  const positionOf = (id: string | number | undefined) => fields.findIndex((field) => field.id === id) + 1;

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-describedby="agenda-form-message" className="agenda-editor">
      <FormMessageSlot message={message} id="agenda-form-message" />
      {conflict ? (
        <ConflictNotice
          changes={conflict}
          onLoadCurrent={() => {
            setConflict(null);
            setMessage(null);
            router.refresh();
          }}
        />
      ) : null}
      <p className="muted">
        Times are at the venue ({timeZone}).{" "}
        {bounds ? `Items must fall within the meeting's days (${bounds.label}).` : "The meeting has no date yet, so times are not checked."}
      </p>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {fields.length === 0 ? <p className="agenda-editor__empty">No items yet. Add the first item or break below.</p> : null}
      <DndContext
        id="agenda-editor-dnd"
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: "To reorder, press space or enter to pick up the item, use the arrow keys to move it, and space or enter again to drop it. Escape cancels." },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
            onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)}.` : undefined),
            onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${fields.length}.` : `${titleOf(active.id)} dropped.`),
            onDragCancel: ({ active }) => `Reordering cancelled. ${titleOf(active.id)} stays where it was.`,
          },
        }}
      >
        <SortableContext items={fields.map((field) => field.id)} strategy={verticalListSortingStrategy}>
          <ol className="agenda-editor__list" aria-label="Agenda items">
            {fields.map((field, index) => (
              <AgendaItemCard
                key={field.id}
                id={field.id}
                index={index}
                count={fields.length}
                form={form}
                title={itemTitle(items?.[index]?.title, index)}
                warnings={warnings.filter((warning) => warning.index === index).map((warning) => warning.message)}
                registerControl={registerControl}
                onMove={(direction) => moveItem(index, direction === "up" ? index - 1 : index + 1, direction)}
                onRemove={() => removeItem(index)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>

      <div className="agenda-editor__add">
        <Button ref={addItemButton} variant="secondary" onClick={() => addItem("ITEM")}>
          Add item
        </Button>
        <Button variant="secondary" onClick={() => addItem("BREAK")}>
          Add break
        </Button>
      </div>
      <div className="form-actions agenda-editor__save">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save agenda"}
        </Button>
        {isDirty ? <span className="muted">You have unsaved changes.</span> : null}
      </div>
    </form>
  );
}
