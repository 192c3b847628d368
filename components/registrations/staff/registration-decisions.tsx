"use client";
// The decision buttons of one registration: Approve, Waitlist, Decline (with the optional reason),
// each offered only where the status allows it. The server decides for real (capacity, the
// non-objection stage) and its refusal is shown here with its reason.
import { Button } from "@/components/ui";
import type { NonObjectionStatusValue, RegistrationStatusValue } from "@/lib/registrations/list-params";
import { DeclineDialog } from "./decline-dialog";
import { DecisionResult } from "./decision-result";
import { useDecisions } from "./use-decisions";

export interface RegistrationDecisionsProps {
  id: string;
  organisation: string;
  status: RegistrationStatusValue;
  nonObjection: NonObjectionStatusValue;
}

const CAN_APPROVE: readonly RegistrationStatusValue[] = ["SUBMITTED", "WAITLISTED"];
const CAN_WAITLIST: readonly RegistrationStatusValue[] = ["SUBMITTED", "APPROVED"];
const CAN_DECLINE: readonly RegistrationStatusValue[] = ["SUBMITTED", "WAITLISTED", "APPROVED"];

export function RegistrationDecisions({ id, organisation, status, nonObjection }: RegistrationDecisionsProps) {
  const decisions = useDecisions();
  const awaitingStates = nonObjection === "PENDING" || nonObjection === "OBJECTION";
  const undecidable = !CAN_APPROVE.includes(status) && !CAN_WAITLIST.includes(status) && !CAN_DECLINE.includes(status);

  return (
    <div className="registration-decisions">
      {undecidable ? (
        <p className="muted">
          {status === "AWAITING_CONFIRMATION"
            ? "The registrant has not confirmed their email address yet: there is nothing to decide."
            : "This registration is closed: there is nothing more to decide."}
        </p>
      ) : (
        <>
          {awaitingStates && CAN_APPROVE.includes(status) ? (
            <p className="muted" id={`approve-note-${id}`}>
              {nonObjection === "PENDING"
                ? "Approval needs the Member States' non-objection: record it first."
                : "Member States objected: this registration cannot be approved."}
            </p>
          ) : null}
          <div className="form-actions">
            <Button
              disabled={!CAN_APPROVE.includes(status) || decisions.pending}
              aria-describedby={awaitingStates ? `approve-note-${id}` : undefined}
              onClick={() => void decisions.run("approve", [id])}
            >
              Approve
            </Button>
            <Button variant="secondary" disabled={!CAN_WAITLIST.includes(status) || decisions.pending} onClick={() => void decisions.run("waitlist", [id])}>
              Waitlist
            </Button>
            <DeclineDialog
              title={`Decline ${organisation}?`}
              disabled={!CAN_DECLINE.includes(status) || decisions.pending}
              onDecline={(reason) => decisions.run("decline", [id], reason)}
            />
          </div>
        </>
      )}
      <DecisionResult report={decisions.report} />
    </div>
  );
}
