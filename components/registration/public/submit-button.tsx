"use client";
// A submit button that shows progress while its form's action runs. It stays focusable
// (aria-disabled, not disabled) so focus is not lost, and a second click is ignored.
import type { MouseEvent, ReactNode } from "react";
import { Button, type ButtonVariant } from "@/components/ui";

export function SubmitButton({ pending, children, pendingLabel, variant = "primary" }: { pending: boolean; children: ReactNode; pendingLabel: string; variant?: ButtonVariant }) {
  return (
    <Button
      type="submit"
      variant={variant}
      aria-disabled={pending ? true : undefined}
      onClick={(event: MouseEvent<HTMLButtonElement>) => {
        if (pending) event.preventDefault();
      }}
    >
      {pending ? (
        <>
          <span className="spinner" aria-hidden="true" />
          <span role="status">{pendingLabel}</span>
        </>
      ) : (
        children
      )}
    </Button>
  );
}
