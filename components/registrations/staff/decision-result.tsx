"use client";
// The result of a decision, kept on the page until the next one: "2 approved; 1 refused" and the
// refused organisations with the server's reason. A live region, so it is announced.
import { Alert } from "@/components/ui";
import { type DecisionOutcome, outcomeSummary, refusalLines } from "./decision-outcome";

export type DecisionReport = { kind: "approve" | "waitlist" | "decline"; outcome: DecisionOutcome } | { kind: "error"; message: string } | null;

export function DecisionResult({ report }: { report: DecisionReport }) {
  return (
    <div aria-live="polite" className="decision-result">
      {report === null ? null : report.kind === "error" ? (
        <Alert tone="error">{report.message}</Alert>
      ) : (
        <Alert tone={report.outcome.refused.length > 0 ? "warning" : "success"} title={outcomeSummary(report.kind, report.outcome)}>
          {report.outcome.refused.length > 0 ? (
            <ul>
              {refusalLines(report.outcome).map((line, index) => (
                <li key={`${report.outcome.refused[index]?.id ?? index}`}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      )}
    </div>
  );
}
