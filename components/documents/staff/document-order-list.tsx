"use client";
// The documents of a meeting or event in their public order. Staff reorder them by dragging the
// handle (mouse, touch, or the handle's keyboard mode from dnd-kit) or with "Move up"/"Move down",
// which keep focus on the moved document's button and announce its new position. Each move is
// saved at once through reorderDocumentsAction; a refused save puts the list back and says why.
import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useRouter } from "next/navigation";
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import { toast } from "@/components/admin/toast";
import { reorderDocumentsAction } from "@/lib/documents/actions";
import type { DocumentParent } from "@/lib/documents/schemas";
import { DocumentOrderItem, type OrderedDocument } from "./document-order-item";
import "./documents-staff.css";

export interface DocumentOrderListProps {
  parent: DocumentParent;
  documents: readonly OrderedDocument[];
  canEdit: boolean;
}

const nameOf = (document: OrderedDocument | undefined) => `“${document?.title ?? "Document"}”`;

export function DocumentOrderList({ parent, documents, canEdit }: DocumentOrderListProps) {
  const router = useRouter();
  const [order, setOrder] = useState(documents);
  const [seen, setSeen] = useState(documents);
  const [announcement, setAnnouncement] = useState("");
  const [saving, setSaving] = useState(false);
  const controls = useRef(new Map<string, HTMLElement>());
  const pendingFocus = useRef<string | null>(null);

  // The server's order (after a refresh) replaces the local one.
  if (seen !== documents) {
    setSeen(documents);
    setOrder(documents);
  }

  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const target = controls.current.get(pendingFocus.current);
    pendingFocus.current = null;
    target?.focus();
  });

  const registerControl = useCallback((key: string, element: HTMLElement | null) => {
    if (element) controls.current.set(key, element);
    else controls.current.delete(key);
  }, []);

  const move = async (from: number, to: number, focusKey: string | null) => {
    const moved = order[from];
    if (!moved) return;
    if (to < 0 || to >= order.length) {
      setAnnouncement(`${nameOf(moved)} is already ${to < 0 ? "first" : "last"}.`);
      return;
    }
    const before = order;
    const next = arrayMove([...order], from, to);
    setOrder(next);
    if (focusKey) pendingFocus.current = focusKey;
    setAnnouncement(`${nameOf(moved)} moved to position ${to + 1} of ${next.length}.`);
    setSaving(true);
    const result = await reorderDocumentsAction({ parent, orderedIds: next.map((document) => document.id) });
    setSaving(false);
    if (!result.ok) {
      setOrder(before);
      setAnnouncement(`The new order was not saved: ${result.message}`);
      toast.error(result.message);
      return;
    }
    router.refresh();
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = order.findIndex((document) => document.id === active.id);
    const to = order.findIndex((document) => document.id === over.id);
    if (from >= 0 && to >= 0) void move(from, to, null);
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) => nameOf(order.find((document) => document.id === id));
  const positionOf = (id: string | number | undefined) => order.findIndex((document) => document.id === id) + 1;

  return (
    <>
      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <DndContext
        id={`document-order-${"meetingId" in parent ? parent.meetingId : parent.eventId}`}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: "To reorder, press space or enter to pick up the document, use the arrow keys to move it, and space or enter again to drop it. Escape cancels." },
          announcements: {
            onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
            onDragOver: ({ active, over }) => (over ? `${titleOf(active.id)} is over position ${positionOf(over.id)}.` : undefined),
            onDragEnd: ({ active, over }) => (over ? `${titleOf(active.id)} dropped at position ${positionOf(over.id)} of ${order.length}.` : `${titleOf(active.id)} dropped.`),
            onDragCancel: ({ active }) => `Reordering cancelled. ${titleOf(active.id)} stays where it was.`,
          },
        }}
      >
        <SortableContext items={order.map((document) => document.id)} strategy={verticalListSortingStrategy}>
          <ol className="staff-order" aria-label="Documents in their public order" aria-busy={saving || undefined}>
            {order.map((document, index) => (
              <DocumentOrderItem
                key={document.id}
                document={document}
                index={index}
                count={order.length}
                canEdit={canEdit}
                registerControl={registerControl}
                onMove={(direction) => void move(index, direction === "up" ? index - 1 : index + 1, `${document.id}:${direction}`)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
    </>
  );
}
