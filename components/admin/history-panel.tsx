// The history of one record on its edit page: who changed what and when, newest first, in
// readable "field: before → after" form. Shown to whoever may read the record (editors see the
// history of what they edit); the link to the whole Activity log only to those with audit:read.
import Link from "next/link";
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import { Card } from "@/components/ui";
import { type EntityHistory, HISTORY_LIMIT, historyPermission } from "@/lib/audit/queries";
import { activityListParams } from "@/lib/audit/schemas";
import { getEntityHistory } from "@/lib/audit/staff-queries";
import { can } from "@/lib/auth/permissions";
import { getSession } from "@/lib/auth/session";

export interface HistoryPanelProps {
  /** The audit log's entity type, e.g. "Meeting". */
  entityType: string;
  entityId: string;
  /** Heading level, so the panel fits the page's outline. */
  headingLevel?: "h2" | "h3";
}

/** The entries of a history, newest first: who did what, when, and the changes. */
export function HistoryEntries({ rows }: { rows: EntityHistory["rows"] }) {
  return (
    <ol className="history-panel__list">
      {rows.map((row) => (
        <li key={row.id} className="history-panel__entry">
          <p className="history-panel__meta">
            <strong>{row.actionLabel}</strong> by {row.actor}, <AuditTime at={row.at} />
          </p>
          <ChangeList changes={row.changes} />
        </li>
      ))}
    </ol>
  );
}

export async function HistoryPanel({ entityType, entityId, headingLevel = "h2" }: HistoryPanelProps) {
  const session = await getSession();
  if (!session || !can(session.role, historyPermission(entityType))) return null;
  const { rows, total } = await getEntityHistory(entityType, entityId);
  const activityHref = `/admin/activity${activityListParams.toQuery({ ...activityListParams.parse({}), entityType, entityId })}`;

  return (
    <Card id={`history-${entityType.toLowerCase()}-${entityId}`} title="History" headingLevel={headingLevel} className="history-panel">
      {rows.length === 0 ? (
        <p className="muted">No changes have been recorded yet.</p>
      ) : (
        <HistoryEntries rows={rows} />
      )}
      {total > rows.length ? (
        <p className="muted">
          Showing the latest {HISTORY_LIMIT} of {total} changes.
          {can(session.role, "audit:read") ? (
            <>
              {" "}
              <Link href={activityHref}>See all in Activity</Link>
            </>
          ) : null}
        </p>
      ) : can(session.role, "audit:read") && rows.length > 0 ? (
        <p>
          <Link href={activityHref}>Open in Activity</Link>
        </p>
      ) : null}
    </Card>
  );
}
