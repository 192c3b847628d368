"use client";
// Modal dialogs on the native <dialog> element: showModal() gives the focus trap, the inert
// background, Esc to close and the ::backdrop for free, so no library is needed. Focus goes back
// to the element that opened the dialog when it closes.
import { type ReactNode, useEffect, useId, useRef, useState } from "react";
import { Button, type ButtonVariant } from "@/components/ui";

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}

export function Dialog({ open, onClose, title, description, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      // Esc and dialog.close() both end here: tell the owner and give focus back.
      onClose={() => {
        if (opener.current instanceof HTMLElement) opener.current.focus();
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {description ? (
        <div id={descriptionId} className="dialog__description">
          {description}
        </div>
      ) : null}
      {open ? children : null}
    </dialog>
  );
}

export interface ConfirmButtonProps {
  /** The text of the button that opens the confirmation. */
  children: ReactNode;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  tone?: "danger" | "primary";
  variant?: ButtonVariant;
  size?: "normal" | "small";
  disabled?: boolean;
  /** Accessible name of the opening button when its text alone is ambiguous (e.g. in a table row). */
  "aria-label"?: string;
  /** Runs on confirmation; the dialog stays open (showing the returned message) when it returns a string. */
  onConfirm: () => Promise<string | void> | string | void;
}

/** A button that asks before doing something destructive or irreversible. */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel,
  cancelLabel = "Cancel",
  tone = "danger",
  variant = "danger",
  size = "normal",
  disabled,
  onConfirm,
  "aria-label": ariaLabel,
}: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setPending(true);
    setProblem(null);
    try {
      const outcome = await onConfirm();
      if (typeof outcome === "string") setProblem(outcome);
      else setOpen(false);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button variant={variant} size={size} disabled={disabled} aria-label={ariaLabel} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {children}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={title} description={description}>
        <div aria-live="assertive">{problem ? <p className="field__error">{problem}</p> : null}</div>
        <div className="form-actions">
          <Button variant={tone === "danger" ? "danger" : "primary"} onClick={() => void confirm()} disabled={pending}>
            {pending ? "Working…" : confirmLabel}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(false)} disabled={pending} autoFocus>
            {cancelLabel}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
