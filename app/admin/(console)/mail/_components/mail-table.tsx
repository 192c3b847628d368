"use client";
// Wires the Mail log's URL state to the table kit; the columns live in their own file.
import { DataTable } from "@/components/data-table/data-table";
import { mailListParams, type MailListParams, type MailLogRow } from "@/lib/mail/list-params";
import { PAGE_SIZES, withTableState } from "@/lib/validation/list-params";
import { mailColumns } from "./mail-columns";
import "./mail.css";

const rowId = (row: MailLogRow) => row.id;

export function MailTable({ rows, total, params }: { rows: MailLogRow[]; total: number; params: MailListParams }) {
  return (
    <DataTable
      caption="Emails"
      columns={mailColumns}
      data={rows}
      rowCount={total}
      state={{ page: params.page, size: params.size, sort: params.sort, dir: params.dir }}
      pageSizes={PAGE_SIZES}
      getRowId={rowId}
      hrefFor={(state) => `/admin/mail${mailListParams.toQuery(withTableState(params, state, mailListParams.sortColumns))}`}
      emptyMessage="No email matches these filters."
    />
  );
}
