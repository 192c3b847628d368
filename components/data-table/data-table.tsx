"use client";
// The one table kit of the staff console (STYLE.md 13–14). The table's state lives in the URL and
// the server does the work: this component only shows the page it is given and turns sort and
// pagination changes into a new URL, which the page re-renders on the server.
import { type PaginationState, type RowData, type SortingState, type TableOptions, type Updater, useTable } from "@tanstack/react-table";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button, Table } from "@/components/ui";
import { dataTableFeatures, type DataTableFeatures } from "./features";

export interface DataTableState {
  /** 1-based page number, as in the URL. */
  page: number;
  size: number;
  sort: string;
  dir: "asc" | "desc";
}

export interface DataTableProps<Row extends RowData> {
  caption: string;
  columns: TableOptions<DataTableFeatures, Row>["columns"];
  data: readonly Row[];
  rowCount: number;
  state: DataTableState;
  pageSizes: readonly number[];
  getRowId: (row: Row) => string;
  /** The URL showing the table in `state` (the page decides how state maps to search params). */
  hrefFor: (state: DataTableState) => string;
  emptyMessage: string;
}

function resolve<T>(updater: Updater<T>, current: T): T {
  return typeof updater === "function" ? (updater as (old: T) => T)(current) : updater;
}

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

export function DataTable<Row extends RowData>({ caption, columns, data, rowCount, state, pageSizes, getRowId, hrefFor, emptyMessage }: DataTableProps<Row>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const sorting: SortingState = [{ id: state.sort, desc: state.dir === "desc" }];
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.size };

  const navigate = (next: DataTableState) => startTransition(() => router.push(hrefFor(next)));

  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId,
    rowCount,
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    // The server always sorts by something; a third click flips the direction instead of clearing.
    enableSortingRemoval: false,
    state: { sorting, pagination },
    onSortingChange: (updater) => {
      const [first] = resolve(updater, sorting);
      if (first) navigate({ ...state, page: 1, sort: first.id, dir: first.desc ? "desc" : "asc" });
    },
    onPaginationChange: (updater) => {
      const next = resolve(updater, pagination);
      const size = next.pageSize;
      navigate({ ...state, page: size === state.size ? next.pageIndex + 1 : 1, size });
    },
  });

  const pageCount = Math.max(1, table.getPageCount());
  const firstRow = rowCount === 0 ? 0 : (state.page - 1) * state.size + 1;
  const lastRow = Math.min(rowCount, state.page * state.size);

  return (
    <div aria-busy={isPending}>
      <Table caption={caption}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" aria-sort={sorted ? ARIA_SORT[sorted] : undefined}>
                    {header.isPlaceholder ? null : header.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={table.getAllLeafColumns().length}>{emptyMessage}</td>
            </tr>
          ) : (
            table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </Table>
      <nav className="pager" aria-label="Pages">
        <Button variant="secondary" size="small" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage() || isPending}>
          Previous page
        </Button>
        <p aria-live="polite">
          {rowCount === 0 ? "No results" : `${firstRow}–${lastRow} of ${rowCount} · page ${state.page} of ${pageCount}`}
        </p>
        <Button variant="secondary" size="small" onClick={() => table.nextPage()} disabled={!table.getCanNextPage() || isPending}>
          Next page
        </Button>
        <div className="field">
          <label className="field__label" htmlFor="page-size">
            Rows per page
          </label>
          <select
            id="page-size"
            className="field__control"
            value={state.size}
            onChange={(event) => table.setPageSize(Number(event.target.value))}
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </div>
      </nav>
    </div>
  );
}
