"use client";
// Shown when a save was refused because someone else saved the record first: what changed since
// the user's copy (who, when, each field before → after). The user's own typed values stay in the
// form; "Load the current version" replaces them with what is stored now, on purpose only.
import { AuditTime, ChangeList } from "@/components/audit/change-list";
import { Alert, Button } from "@/components/ui";
import type { ChangeSince } from "@/lib/audit/queries";

export interface StaleSave {
  message: string;
  changes: readonly ChangeSince[];
}

export function StaleSaveNotice({ stale, onReload }: { stale: StaleSave; onReload: () => void }) {
  return (
    <Alert tone="error" title="Your changes were not saved">
      <p>{stale.message}</p>
      {stale.changes.length > 0 ? (
        <>
          <p>
            <strong>What changed since you opened this page:</strong>
          </p>
          <ol className="stale-save__changes">
            {stale.changes.map((change, index) => (
              <li key={`${change.at}-${index}`}>
                <p>
                  {change.action} by {change.actor}, <AuditTime at={change.at} />
                </p>
                <ChangeList changes={change.changes} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <Button type="button" variant="secondary" onClick={onReload}>
        Load the current version (discards your changes)
      </Button>
    </Alert>
  );
}
