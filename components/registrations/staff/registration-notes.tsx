"use client";
// Staff notes on a registration (never shown to the registrant): the list, oldest first, and a
// form to add one (react-hook-form with the server's own schema).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AuditTime } from "@/components/audit/change-list";
import { toast } from "@/components/admin/toast";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button, Textarea } from "@/components/ui";
import { addRegistrationNoteAction } from "@/lib/registrations/actions";
import { addRegistrationNoteSchema } from "@/lib/registrations/schemas";
import type { z } from "zod";

export interface RegistrationNotesProps {
  id: string;
  notes: readonly { id: string; body: string; author: string | null; createdAt: string }[];
  canAdd: boolean;
}

type NoteInput = z.input<typeof addRegistrationNoteSchema>;

export function RegistrationNotes({ id, notes, canAdd }: RegistrationNotesProps) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const form = useForm<NoteInput, unknown, z.output<typeof addRegistrationNoteSchema>>({
    resolver: zodResolver(addRegistrationNoteSchema),
    defaultValues: { id, body: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addRegistrationNoteAction(values);
    if (!result.ok) {
      const bodyError = result.fieldErrors?.body?.[0];
      if (bodyError) form.setError("body", { type: "server", message: bodyError }, { shouldFocus: true });
      else setMessage({ tone: "error", text: result.message });
      return;
    }
    form.reset({ id, body: "" });
    toast.success("Note added.");
    router.refresh();
  });

  return (
    <>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="registration-notes">
          {notes.map((note) => (
            <li key={note.id} className="registration-notes__note">
              <p className="registration-notes__meta muted">
                {note.author ?? "A former staff member"}, <AuditTime at={note.createdAt} />
              </p>
              <p className="registration-notes__body">{note.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canAdd ? (
        <form method="post" onSubmit={onSubmit} noValidate aria-describedby="note-form-message">
          <FormMessageSlot message={message} id="note-form-message" />
          <input type="hidden" {...form.register("id")} />
          <Textarea
            label="New note"
            id="registration-note-body"
            hint="Seen by registrars and administrators only."
            rows={3}
            maxLength={4000}
            error={errors.body?.message}
            {...form.register("body")}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" disabled={isSubmitting}>
              {isSubmitting ? "Adding…" : "Add note"}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
