"use client";
// The edit form of a versioned record (an event or a meeting) with its status buttons below. It
// sends the version the page was loaded with; a save from a stale copy is refused by the server,
// and the form then shows what changed since while keeping what the user typed. Status buttons
// are disabled while there are unsaved changes.
import type { ReactNode } from "react";
import { useForm, useWatch, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { StaleSaveNotice } from "@/components/events/stale-save-notice";
import { StatusActions, type StatusActionHandlers } from "@/components/events/status-actions";
import { FormMessageSlot } from "@/components/forms/form-message";
import { useVersionedSave } from "@/components/forms/use-versioned-save";
import { Button } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import type { SaveResult } from "@/lib/meetings/save-result";
import type { MeetingStatus } from "@/lib/meetings/schemas";

export interface VersionedEditorProps<TInput extends FieldValues & { id: string; version: number }, TValues extends FieldValues> {
  what: "meeting" | "event";
  listHref: string;
  initial: TInput;
  resolver: Resolver<TInput, unknown, TValues>;
  save: (values: TValues) => Promise<SaveResult<{ id: string; version: number }>>;
  /** The fields a server-side field error may name, in focus order. */
  errorPaths: readonly Path<TInput>[];
  fields: (form: UseFormReturn<TInput, unknown, TValues>) => ReactNode;
  handlers: StatusActionHandlers;
  status: MeetingStatus;
  cancellationNotice: Record<UnLanguage, string>;
  canEdit: boolean;
  canPublish: boolean;
  className?: string;
}

export function VersionedEditor<TInput extends FieldValues & { id: string; version: number }, TValues extends FieldValues>({
  what,
  listHref,
  initial,
  resolver,
  save,
  errorPaths,
  fields,
  handlers,
  status,
  cancellationNotice,
  canEdit,
  canPublish,
  className,
}: VersionedEditorProps<TInput, TValues>) {
  // react-hook-form cannot see that a generic TInput is its own DeepPartial.
  const form = useForm<TInput, unknown, TValues>({ resolver, defaultValues: initial as DefaultValues<TInput> });
  const { isSubmitting, isDirty } = form.formState;
  const version = useWatch({ control: form.control, name: "version" as Path<TInput> }) as number;
  const messageId = `${what}-form-message`;
  const { message, stale, onSubmit, reload } = useVersionedSave({
    form,
    initial,
    save,
    savedMessage: `${what === "meeting" ? "Meeting" : "Event"} saved.`,
    errorPaths,
  });

  return (
    <>
      <form method="post" onSubmit={onSubmit} noValidate aria-describedby={messageId} className={className}>
        <div aria-live="assertive">{stale ? <StaleSaveNotice stale={stale} onReload={reload} /> : null}</div>
        <FormMessageSlot message={message} id={messageId} />
        <fieldset disabled={!canEdit} className="field-group--plain">
          {fields(form)}
        </fieldset>
        {canEdit ? (
          <div className="form-actions">
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? "Saving…" : "Save changes"}
            </Button>
          </div>
        ) : null}
      </form>
      <StatusActions
        what={what}
        listHref={listHref}
        handlers={handlers}
        id={initial.id}
        version={version}
        status={status}
        cancellationNotice={cancellationNotice}
        dirty={isDirty}
        canEdit={canEdit}
        canPublish={canPublish}
      />
    </>
  );
}
