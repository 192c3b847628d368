"use client";
// The edit form of a document. It sends the version the page was loaded with; a save from a
// stale copy is refused by the server, and the form then shows what changed since (who, when,
// each field) while keeping what the user typed. Status buttons wait for unsaved changes.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import { DocumentFields, DOCUMENT_ERROR_PATHS } from "@/components/documents/staff/document-fields";
import type { DocumentStatusValue } from "@/lib/documents/list-params";
import { StaleSaveNotice, type StaleSave } from "@/components/events/stale-save-notice";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import { FormMessageSlot, type FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui";
import { updateDocumentAction } from "@/lib/documents/actions";
import { documentFormSchema, type DocumentFormInput } from "@/lib/documents/schemas";
import { DocumentStatusActions } from "./document-status-actions";

export interface DocumentEditorProps {
  initial: DocumentFormInput;
  status: DocumentStatusValue;
  /** Where "Delete draft" returns to: the parent meeting's or event's page. */
  parentHref: string;
  canEdit: boolean;
  canPublish: boolean;
}

export function DocumentEditor({ initial, status, parentHref, canEdit, canPublish }: DocumentEditorProps) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const [stale, setStale] = useState<StaleSave | null>(null);
  // raw: the action parses the same schema again, so it must get the form's values, not the
  // schema's output (an empty symbol becomes null there, which the input shape refuses).
  const form = useForm<DocumentFormInput>({ resolver: zodResolver(documentFormSchema, undefined, { raw: true }), defaultValues: initial });
  const { isSubmitting, isDirty } = form.formState;

  // A new stored version (after a save, a status change, an upload's refresh, or "Load the
  // current version") restarts the form from it; other re-renders keep what the user typed.
  const storedVersion = initial.version;
  const [seenVersion, setSeenVersion] = useState(storedVersion);
  if (seenVersion !== storedVersion) {
    setSeenVersion(storedVersion);
    setStale(null);
  }
  useEffect(() => {
    form.reset(initial);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new stored version resets the form
  }, [form, storedVersion]);
  // An upload announces its language without a new version (it is not a form edit): take the new
  // languages in, keeping whatever the user is typing, so a save does not try to drop them.
  const storedLanguages = (initial.languages ?? []).join(",");
  useEffect(() => {
    form.reset(initial, { keepDirtyValues: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the stored languages matters here
  }, [form, storedLanguages]);

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setStale(null);
    const result = await updateDocumentAction(values);
    if (result.ok) {
      form.reset({ ...form.getValues(), version: result.data.version });
      toast.success("Document saved.");
      setMessage({ tone: "success", text: "Changes saved." });
      router.refresh();
      return;
    }
    if (result.changes) {
      setStale({ message: result.message, changes: result.changes });
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, DOCUMENT_ERROR_PATHS, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return (
    <>
      <form method="post" onSubmit={onSubmit} noValidate aria-describedby="document-form-message" className="document-editor">
        <div aria-live="assertive">{stale ? <StaleSaveNotice stale={stale} onReload={() => router.refresh()} /> : null}</div>
        <FormMessageSlot message={message} id="document-form-message" />
        <fieldset disabled={!canEdit} className="field-group--plain">
          <DocumentFields form={form} />
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : "Save changes"}
            </Button>
          </div>
        ) : null}
      </form>
      <DocumentStatusActions
        id={initial.id}
        version={initial.version}
        status={status}
        parentHref={parentHref}
        dirty={isDirty}
        canEdit={canEdit}
        canPublish={canPublish}
      />
    </>
  );
}
