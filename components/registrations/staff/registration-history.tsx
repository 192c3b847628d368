// A registration's history (its audit entries, views left out), newest first, as the console's
// other history panels show it.
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import type { EntityHistory } from "@/lib/audit/queries";

export function RegistrationHistory({ history }: { history: EntityHistory }) {
  if (history.rows.length === 0) return <p className="muted">No changes have been recorded yet.</p>;
  return (
    <>
      <ol className="history-panel__list">
        {history.rows.map((row) => (
          <li key={row.id} className="history-panel__entry">
            <p className="history-panel__meta">
              <strong>{row.actionLabel}</strong> by {row.actor}, <AuditTime at={row.at} />
            </p>
            <ChangeList changes={row.changes} />
          </li>
        ))}
      </ol>
      {history.total > history.rows.length ? (
        <p className="muted">
          Showing the latest {history.rows.length} of {history.total} changes.
        </p>
      ) : null}
    </>
  );
}
