"use client";
// "Cancel meeting/event": a dialog asking for the public notice (translatable, English required)
// that the public page shows in place of hiding the record.
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Dialog } from "@/components/admin/dialog";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { Button } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import { cancelMeetingSchema, type CancelMeetingInput } from "@/lib/meetings/schemas";
import { translatableFormValue } from "@/lib/validation/common";

const NOTICE_PATHS = ["notice", "notice.en", "notice.fr", "notice.es", "notice.ar", "notice.zh", "notice.ru"] as const;

export interface CancelWithNoticeProps {
  what: "meeting" | "event";
  id: string;
  version: number;
  /** The current notice (when rewording a cancelled record's notice). */
  notice: Record<UnLanguage, string>;
  label: string;
  disabled?: boolean;
  /** Returns an error message to show, or nothing on success. */
  onCancel: (input: CancelMeetingInput) => Promise<{ message: string; fieldErrors?: Record<string, string[]> } | null>;
}

export function CancelWithNotice({ what, id, version, notice, label, disabled, onCancel }: CancelWithNoticeProps) {
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Same rules as cancelEventSchema (identical shape), which the server applies to events.
  const form = useForm<CancelMeetingInput>({
    resolver: zodResolver(cancelMeetingSchema),
    defaultValues: { id, version, notice: translatableFormValue(notice) },
  });

  const submit = form.handleSubmit(async (values) => {
    setProblem(null);
    const failure = await onCancel({ ...values, id, version });
    if (!failure) {
      setOpen(false);
      return;
    }
    if (!applyFieldErrors(failure.fieldErrors, NOTICE_PATHS, form.setError)) setProblem(failure.message);
  });

  return (
    <>
      <Button variant="danger" aria-haspopup="dialog" disabled={disabled} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={`Cancel this ${what}?`}
        description={`The public page stays, marked as cancelled, with the notice below. Write it at least in English.`}
      >
        <form method="post" onSubmit={submit} noValidate>
          <div aria-live="assertive">{problem ? <p className="field__error">{problem}</p> : null}</div>
          <TranslatableFields form={form} idPrefix={`cancel-${what}`} label="Languages of the notice" fields={[{ name: "notice", label: "Public notice", required: true, multiline: true }]} />
          <div className="form-actions">
            <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
              {form.formState.isSubmitting ? "Cancelling…" : `Cancel the ${what}`}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              Keep it
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
