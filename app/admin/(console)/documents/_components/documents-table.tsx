"use client";
// Wires the documents page's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { documentListParams, type DocumentListParams, type StaffDocumentRow } from "@/lib/documents/list-params";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { documentsColumns } from "./documents-columns";
import "./documents.css";

const rowId = (row: StaffDocumentRow) => row.id;

export function DocumentsTable({ rows, total, params, filtered }: { rows: StaffDocumentRow[]; total: number; params: DocumentListParams; filtered: boolean }) {
  return (
    <DataTable
      caption="Documents"
      columns={documentsColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/documents${documentListParams.toQuery(withTableState(params, state, documentListParams.sortColumns))}`}
      emptyMessage={filtered ? "No document matches these filters." : "There are no documents yet."}
    />
  );
}
