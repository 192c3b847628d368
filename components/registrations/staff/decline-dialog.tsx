"use client";
// "Decline" asks first: the reason (optional) goes into the email below the period's decline
// message. Used for one registration (detail page) and for a bulk selection (list).
import { useId, useState } from "react";
import { Dialog } from "@/components/admin/dialog";
import { Button, Textarea } from "@/components/ui";

export interface DeclineDialogProps {
  /** e.g. "Decline 3 registrations?" */
  title: string;
  /** Text of the opening button. */
  label?: string;
  disabled?: boolean;
  size?: "normal" | "small";
  /** Runs with the reason (blank: none); returns a message to keep the dialog open with it. */
  onDecline: (reason: string) => Promise<string | void>;
}

export function DeclineDialog({ title, label = "Decline", disabled, size = "normal", onDecline }: DeclineDialogProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();

  const confirm = async () => {
    setPending(true);
    setProblem(null);
    try {
      const outcome = await onDecline(reason);
      if (typeof outcome === "string") setProblem(outcome);
      else {
        setOpen(false);
        setReason("");
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant="danger" size={size} disabled={disabled} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        description={<p>The registrant receives the period&apos;s decline message by email, with your reason below it when you give one.</p>}
      >
        <Textarea
          label="Reason (optional)"
          id={`decline-reason-${id.replace(/:/gu, "")}`}
          name="reason"
          rows={4}
          maxLength={2000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <div aria-live="assertive">{problem ? <p className="field__error">{problem}</p> : null}</div>
        <div className="form-actions">
          <Button variant="danger" onClick={() => void confirm()} disabled={pending}>
            {pending ? "Working…" : "Decline"}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
        </div>
      </Dialog>
    </>
  );
}
