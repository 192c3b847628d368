// A registration's history (its audit entries, views left out), newest first, as the console's
// other history panels show it.
import { HistoryEntries } from "@/components/admin/history-panel";
import type { EntityHistory } from "@/lib/audit/queries";

export function RegistrationHistory({ history }: { history: EntityHistory }) {
  if (history.rows.length === 0) return <p className="muted">No changes have been recorded yet.</p>;
  return (
    <>
      <HistoryEntries rows={history.rows} />
      {history.total > history.rows.length ? (
        <p className="muted">
          Showing the latest {history.rows.length} of {history.total} changes.
        </p>
      ) : null}
    </>
  );
}
