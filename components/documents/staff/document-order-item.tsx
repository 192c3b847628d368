"use client";
// One document in its parent's ordered list: drag handle, position, title (linking to its page),
// kind, symbol, status and which languages have a file; "Move up"/"Move down" named after it.
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import Link from "next/link";
import { MoveButtons } from "@/components/forms/move-buttons";
import { Badge, VisuallyHidden } from "@/components/ui";
import { DOCUMENT_KIND_LABELS, type DocumentKindValue, type DocumentStatusValue } from "@/lib/documents/list-params";
import { LANGUAGE_AUTONYMS, textDirection, type UnLanguage } from "@/lib/i18n/languages";
import { DOCUMENT_STATUS } from "./types";

export interface OrderedDocument {
  id: string;
  title: string;
  kind: DocumentKindValue;
  symbol: string | null;
  status: DocumentStatusValue;
  /** Each issued language (or one with a file), in UN order, with whether a current file exists. */
  languages: ReadonlyArray<{ code: UnLanguage; hasFile: boolean }>;
}

export interface DocumentOrderItemProps {
  document: OrderedDocument;
  index: number;
  count: number;
  canEdit: boolean;
  registerControl: (key: string, element: HTMLElement | null) => void;
  onMove: (direction: "up" | "down") => void;
}

export function DocumentOrderItem({ document, index, count, canEdit, registerControl, onMove }: DocumentOrderItemProps) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: document.id, disabled: !canEdit });
  const name = `“${document.title}”`;
  const status = DOCUMENT_STATUS[document.status];

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`staff-order__item${isDragging ? " staff-order__item--dragging" : ""}`}
    >
      {canEdit ? (
        <button type="button" ref={setActivatorNodeRef} className="staff-order__handle" {...attributes} {...listeners} aria-label={`Drag ${name} to reorder`}>
          <span aria-hidden="true">⠿</span>
        </button>
      ) : null}
      <span className="staff-order__position" aria-hidden="true">
        {index + 1}.
      </span>
      <div className="staff-order__main">
        <Link className="staff-order__title" href={`/admin/documents/${document.id}`}>
          {document.title}
        </Link>
        <p className="muted staff-order__meta">
          {DOCUMENT_KIND_LABELS[document.kind]}
          {document.symbol ? ` · ${document.symbol}` : ""} · <Badge tone={status.tone}>{status.label}</Badge> ·{" "}
          {document.languages.length === 0 ? (
            "no languages yet"
          ) : (
            <>
              Files:{" "}
              {document.languages.map((language, position) => (
                <span key={language.code}>
                  {position > 0 ? ", " : ""}
                  <span lang={language.code} dir={textDirection(language.code)}>
                    {LANGUAGE_AUTONYMS[language.code]}
                  </span>
                  {language.hasFile ? <span aria-hidden="true"> ✓</span> : <span aria-hidden="true"> …</span>}
                  <VisuallyHidden>{language.hasFile ? " (file online)" : " (no file yet)"}</VisuallyHidden>
                </span>
              ))}
            </>
          )}
        </p>
      </div>
      {canEdit ? (
        <div className="staff-order__tools">
          <MoveButtons id={document.id} name={name} index={index} count={count} registerControl={registerControl} onMove={onMove} />
        </div>
      ) : null}
    </li>
  );
}
