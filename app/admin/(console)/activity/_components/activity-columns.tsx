// Columns of the Activity list. Only the time sorts (the server's whitelist); each row's changes
// unfold in place, in the same readable form as the history panels.
import { createColumnHelper } from "@tanstack/react-table";
import Link from "next/link";
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import type { DataTableFeatures } from "@/components/data-table/features";
import type { ActivityRow } from "@/lib/audit/schemas";

const helper = createColumnHelper<DataTableFeatures, ActivityRow>();

export const activityColumns = helper.columns([
  helper.accessor("at", { id: "createdAt", header: "When (UTC)", cell: (info) => <AuditTime at={info.getValue()} /> }),
  helper.accessor("actor", { header: "Who", enableSorting: false }),
  helper.accessor("actionLabel", {
    header: "What",
    enableSorting: false,
    cell: (info) => (
      <>
        {info.getValue()}
        <br />
        <code className="muted">{info.row.original.action}</code>
      </>
    ),
  }),
  helper.accessor("entityType", {
    header: "Record",
    enableSorting: false,
    cell: (info) => {
      const { entityHref, entityId, entityLabel } = info.row.original;
      return (
        <>
          {info.getValue()}
          {entityId ? (
            <>
              <br />
              {entityHref ? <Link href={entityHref}>{entityLabel ?? entityId}</Link> : <code className="muted">{entityLabel ?? entityId}</code>}
            </>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor("changes", {
    header: "Changes",
    enableSorting: false,
    cell: (info) => {
      const changes = info.getValue();
      if (changes.length === 0) return <span className="muted">None recorded</span>;
      return (
        <details className="audit-details" open={changes.length <= 3}>
          <summary>
            {changes.length} {changes.length === 1 ? "change" : "changes"}
          </summary>
          <ChangeList changes={changes} />
        </details>
      );
    },
  }),
]);
