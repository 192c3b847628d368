// The words staff read after approving, waitlisting or declining: how many were changed and, per
// organisation, why the others were refused ("2 approved; 1 refused: Open Borders: No place left…").
// Client-safe and pure, so it is unit-tested.

export interface DecisionOutcome {
  /** Ids of the registrations the action changed. */
  done: readonly string[];
  refused: readonly { id: string; organisation: string; reason: string }[];
}

const PAST: Record<"approve" | "waitlist" | "decline", string> = { approve: "approved", waitlist: "waitlisted", decline: "declined" };

/** One summary line, e.g. "2 approved; 1 refused". */
export function outcomeSummary(kind: "approve" | "waitlist" | "decline", outcome: DecisionOutcome): string {
  const parts: string[] = [];
  if (outcome.done.length > 0 || outcome.refused.length === 0) parts.push(`${outcome.done.length} ${PAST[kind]}`);
  if (outcome.refused.length > 0) parts.push(`${outcome.refused.length} refused`);
  return parts.join("; ");
}

/** "Organisation: reason", one per refused registration. */
export function refusalLines(outcome: DecisionOutcome): string[] {
  return outcome.refused.map((refusal) => `${refusal.organisation}: ${refusal.reason}`);
}

/**
 * Reads an action's result data whatever the action named its list of changed ids (`approved`,
 * `waitlisted`, `declined` or `done`), so the UI does not depend on one spelling.
 */
export function toOutcome(data: unknown): DecisionOutcome {
  const record = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const ids = [record.done, record.approved, record.waitlisted, record.declined].find(Array.isArray) as unknown[] | undefined;
  const refused = Array.isArray(record.refused) ? record.refused : [];
  return {
    done: (ids ?? []).filter((id): id is string => typeof id === "string"),
    refused: refused
      .filter((entry): entry is Record<string, unknown> => typeof entry === "object" && entry !== null)
      .map((entry) => ({
        id: String(entry.id ?? ""),
        organisation: String(entry.organisation ?? entry.organisationName ?? ""),
        reason: String(entry.reason ?? ""),
      })),
  };
}
