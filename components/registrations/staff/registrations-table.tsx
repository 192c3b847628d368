"use client";
// The staff registrations list: the shared table kit (URL state, server paging and sorting) plus
// row selection and the bulk decisions. "3 selected" is a live region; Decline asks for the
// optional reason in a dialog; each decision's outcome stays above the table, per organisation.
import { useMemo, useState } from "react";
import "./registrations-staff.css";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui";
import { registrationListParams, type RegistrationListParams, type StaffRegistrationRow } from "@/lib/registrations/list-params";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { DeclineDialog } from "./decline-dialog";
import { DecisionResult } from "./decision-result";
import { registrationsColumns } from "./registrations-columns";
import { RowSelectionProvider } from "./row-selection";
import { useDecisions } from "./use-decisions";

const rowId = (row: StaffRegistrationRow) => row.id;

export interface RegistrationsTableProps {
  rows: StaffRegistrationRow[];
  total: number;
  params: RegistrationListParams;
  canDecide: boolean;
  emptyMessage: string;
}

export function RegistrationsTable({ rows, total, params, canDecide, emptyMessage }: RegistrationsTableProps) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const decisions = useDecisions();
  const pageIds = useMemo(() => rows.map(rowId), [rows]);
  // Only rows on this page can be selected: a refresh or a new page drops the others.
  const selected = useMemo(() => new Set(pageIds.filter((id) => chosen.has(id))), [pageIds, chosen]);
  const columns = useMemo(() => registrationsColumns({ selectable: canDecide }), [canDecide]);
  const count = selected.size;
  const ids = [...selected];

  const selection = {
    selected,
    pageIds,
    toggle: (id: string, on: boolean) =>
      setChosen((current) => {
        const next = new Set(current);
        if (on) next.add(id);
        else next.delete(id);
        return next;
      }),
    setAll: (on: boolean) => setChosen(on ? new Set(pageIds) : new Set()),
  };

  const decide = async (kind: "approve" | "waitlist" | "decline", reason?: string) => {
    const failure = await decisions.run(kind, ids, reason);
    if (failure === undefined) setChosen(new Set());
    return failure;
  };

  return (
    <RowSelectionProvider value={selection}>
      {canDecide ? (
        <div className="bulk-actions" role="group" aria-label="Selected registrations">
          <p aria-live="polite" className="bulk-actions__count">
            {count === 0 ? "None selected" : `${count} selected`}
          </p>
          <Button size="small" disabled={count === 0 || decisions.pending} onClick={() => void decide("approve")}>
            Approve
          </Button>
          <Button size="small" variant="secondary" disabled={count === 0 || decisions.pending} onClick={() => void decide("waitlist")}>
            Waitlist
          </Button>
          <DeclineDialog
            size="small"
            disabled={count === 0 || decisions.pending}
            title={count === 1 ? "Decline 1 registration?" : `Decline ${count} registrations?`}
            onDecline={(reason) => decide("decline", reason)}
          />
        </div>
      ) : null}
      <DecisionResult report={decisions.report} />
      <DataTable
        caption="Registrations"
        columns={columns}
        data={rows}
        rowCount={total}
        state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
        pageSizes={PAGE_SIZES}
        getRowId={rowId}
        hrefFor={(state) => `/admin/registrations${registrationListParams.toQuery(withTableState(params, state, registrationListParams.sortColumns))}`}
        emptyMessage={emptyMessage}
      />
    </RowSelectionProvider>
  );
}
