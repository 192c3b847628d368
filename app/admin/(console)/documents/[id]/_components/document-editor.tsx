"use client";
// The edit form of a document. It sends the version the page was loaded with; a save from a
// stale copy is refused by the server, and the form then shows what changed since (who, when,
// each field) while keeping what the user typed. Status buttons wait for unsaved changes.
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect } from "react";
import { useForm } from "react-hook-form";
import { DocumentFields, DOCUMENT_ERROR_PATHS } from "@/components/documents/staff/document-fields";
import type { DocumentStatusValue } from "@/lib/documents/list-params";
import { StaleSaveNotice } from "@/components/events/stale-save-notice";
import { FormMessageSlot } from "@/components/forms/form-message";
import { useVersionedSave } from "@/components/forms/use-versioned-save";
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
  // raw: the action parses the same schema again, so it must get the form's values, not the
  // schema's output (an empty symbol becomes null there, which the input shape refuses).
  const form = useForm<DocumentFormInput>({ resolver: zodResolver(documentFormSchema, undefined, { raw: true }), defaultValues: initial });
  const { isSubmitting, isDirty } = form.formState;
  const { message, stale, onSubmit, reload } = useVersionedSave({
    form,
    initial,
    save: updateDocumentAction,
    savedMessage: "Document saved.",
    errorPaths: DOCUMENT_ERROR_PATHS,
  });
  // An upload announces its language without a new version (it is not a form edit): take the new
  // languages in, keeping whatever the user is typing, so a save does not try to drop them.
  const storedLanguages = (initial.languages ?? []).join(",");
  useEffect(() => {
    form.reset(initial, { keepDirtyValues: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the stored languages matters here
  }, [form, storedLanguages]);

  return (
    <>
      <form method="post" onSubmit={onSubmit} noValidate aria-describedby="document-form-message" className="document-editor">
        <div aria-live="assertive">{stale ? <StaleSaveNotice stale={stale} onReload={reload} /> : null}</div>
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
