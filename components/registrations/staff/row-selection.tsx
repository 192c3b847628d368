"use client";
// Row selection of the registrations table for the bulk actions. The shared table kit knows only
// sorting and paging, so selection is this table's own state, read by the checkbox column through
// a context. A selection never outlives the page of rows it was made on: changing the page, sort
// or filters gives a new set of rows, and the ids not among them are dropped.
import { createContext, type ReactNode, useContext, useEffect, useRef } from "react";

interface RowSelection {
  selected: ReadonlySet<string>;
  pageIds: readonly string[];
  toggle: (id: string, on: boolean) => void;
  setAll: (on: boolean) => void;
}

const RowSelectionContext = createContext<RowSelection | null>(null);

export function RowSelectionProvider({ value, children }: { value: RowSelection; children: ReactNode }) {
  return <RowSelectionContext value={value}>{children}</RowSelectionContext>;
}

function useRowSelection(): RowSelection {
  const selection = useContext(RowSelectionContext);
  if (!selection) throw new Error("Row selection checkboxes need a RowSelectionProvider");
  return selection;
}

/** The header checkbox: all rows of this page, mixed when some are selected. */
export function SelectPageCheckbox() {
  const { selected, pageIds, setAll } = useRowSelection();
  const ref = useRef<HTMLInputElement>(null);
  const count = pageIds.filter((id) => selected.has(id)).length;
  const all = pageIds.length > 0 && count === pageIds.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="field__checkbox"
      aria-label="Select all on this page"
      checked={all}
      disabled={pageIds.length === 0}
      onChange={(event) => setAll(event.target.checked)}
    />
  );
}

/** One row's checkbox, named after the organisation so a screen reader says which row it is. */
export function SelectRowCheckbox({ id, organisation }: { id: string; organisation: string }) {
  const { selected, toggle } = useRowSelection();
  return (
    <input
      type="checkbox"
      className="field__checkbox"
      aria-label={`Select ${organisation}`}
      checked={selected.has(id)}
      onChange={(event) => toggle(id, event.target.checked)}
    />
  );
}
