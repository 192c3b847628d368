"use client";
// Shown when a save was refused because someone else saved the agenda first: what they changed
// (from the audit trail), and the ways forward. The user's own edits stay in the form below.
import { Alert, Button } from "@/components/ui";
import type { AgendaChange } from "@/lib/agenda/changes";

const when = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(new Date(iso)) + " UTC";

export function ConflictNotice({ changes, onLoadCurrent }: { changes: AgendaChange[]; onLoadCurrent: () => void }) {
  return (
    <Alert tone="warning" title="Saved by someone else since you opened this agenda" className="agenda-conflict">
      {changes.length === 0 ? (
        <p>The other save left no readable changes in the activity log.</p>
      ) : (
        <ol className="agenda-conflict__saves">
          {changes.map((save) => (
            <li key={`${save.at}-${save.actor}`}>
              <p>
                <strong>{save.actor}</strong>, {when(save.at)}:
              </p>
              <ul>
                {save.changes.map((change) => (
                  <li key={change.field}>
                    {change.label}: <span className="agenda-conflict__before">{change.before}</span> → <span className="agenda-conflict__after">{change.after}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p>
        Your edits are still below and nothing was overwritten. Compare with the current agenda in another tab, or discard your edits and load it.
      </p>
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
