"use client";
// One way to run approve / waitlist / decline from the list (bulk) and from a registration's page:
// call the server action, keep the outcome for <DecisionResult>, toast it, and re-render the page
// from the server so statuses and counts are current.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "@/components/admin/toast";
import { approveRegistrationsAction, declineRegistrationsAction, waitlistRegistrationsAction } from "@/lib/registrations/actions";
import { outcomeSummary, toOutcome } from "./decision-outcome";
import type { DecisionReport } from "./decision-result";

export type DecisionKind = "approve" | "waitlist" | "decline";

export function useDecisions() {
  const router = useRouter();
  const [report, setReport] = useState<DecisionReport>(null);
  const [pending, setPending] = useState(false);

  /** Returns the failure message (for a dialog to show), or nothing on success. */
  const run = async (kind: DecisionKind, ids: readonly string[], reason?: string): Promise<string | void> => {
    setPending(true);
    try {
      const input = { ids: [...ids] };
      const result =
        kind === "approve"
          ? await approveRegistrationsAction(input)
          : kind === "waitlist"
            ? await waitlistRegistrationsAction(input)
            : await declineRegistrationsAction({ ...input, reason: reason?.trim() ? reason : undefined });
      if (!result.ok) {
        setReport({ kind: "error", message: result.message });
        toast.error(result.message);
        return result.message;
      }
      const outcome = toOutcome(result.data);
      setReport({ kind, outcome });
      const summary = outcomeSummary(kind, outcome);
      if (outcome.refused.length > 0) toast.warning(summary);
      else toast.success(summary);
      router.refresh();
    } finally {
      setPending(false);
    }
  };

  return { report, pending, run, clear: () => setReport(null) };
}
