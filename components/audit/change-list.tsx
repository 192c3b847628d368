// The readable "field: before → after" lines of one audit entry (history panel, Activity page).
// No hooks: renders in server and client components alike.
import type { AuditChange } from "@/lib/audit/describe";
import "./audit.css";

export function ChangeList({ changes }: { changes: readonly AuditChange[] }) {
  if (changes.length === 0) return <p className="muted audit-changes__none">No field changes recorded.</p>;
  return (
    <ul className="audit-changes">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="audit-changes__label">{change.label}:</span> <span className="audit-changes__before">{change.before}</span> →{" "}
          <span className="audit-changes__after">{change.after}</span>
        </li>
      ))}
    </ul>
  );
}

/** An instant as the console shows audit times: "2026-11-22 09:14 UTC". */
export function AuditTime({ at }: { at: string }) {
  return <time dateTime={at}>{at.slice(0, 16).replace("T", " ")} UTC</time>;
}
