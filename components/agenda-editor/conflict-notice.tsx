"use client";
// Shown when a save was refused because someone else saved the agenda first: what they changed
// (from the audit trail), and the ways forward. The user's own edits stay in the form below.
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import { Alert, Button } from "@/components/ui";
import type { ChangeSince } from "@/lib/audit/queries";

export function ConflictNotice({ changes, onLoadCurrent }: { changes: ChangeSince[]; onLoadCurrent: () => void }) {
  return (
    <Alert tone="warning" title="Saved by someone else since you opened this agenda" className="agenda-conflict">
      {changes.length === 0 ? (
        <p>The other save left no readable changes in the activity log.</p>
      ) : (
        <ol className="agenda-conflict__saves">
          {changes.map((save) => (
            <li key={`${save.at}-${save.actor}`}>
              <p>
                <strong>{save.action}</strong> by {save.actor}, <AuditTime at={save.at} />:
              </p>
              <ChangeList changes={save.changes} />
            </li>
          ))}
        </ol>
      )}
      <p>Your edits are still below and nothing was overwritten. Compare with the current agenda in another tab, or discard your edits and load it.</p>
      <div className="form-actions">
        <a href="" target="_blank" rel="noopener">
          Open the current agenda in a new tab
        </a>
        <Button variant="secondary" onClick={onLoadCurrent}>
          Discard my edits and load the current agenda
        </Button>
      </div>
    </Alert>
  );
}
