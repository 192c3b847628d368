"use client";
// The save cycle every versioned edit form shares (events, meetings, documents): it sends the
// version the page was loaded with; on success the form continues from the new version; a save
// from a stale copy is refused by the server and `stale` then holds what changed since, while the
// form keeps what the user typed; field errors go to their fields. A new stored version (after a
// save, a status change or "Load the current version") restarts the form from it.
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { toast } from "@/components/admin/toast";
import type { StaleSave } from "@/components/events/stale-save-notice";
import { applyFieldErrors } from "@/components/forms/apply-field-errors";
import type { FormMessage } from "@/components/forms/form-message";
import type { SaveResult } from "@/lib/meetings/save-result";

export interface VersionedSaveOptions<TInput extends FieldValues & { version: number }, TValues extends FieldValues> {
  form: UseFormReturn<TInput, unknown, TValues>;
  /** The stored record as the page loaded it. */
  initial: TInput;
  save: (values: TValues) => Promise<SaveResult<{ id: string; version: number }>>;
  /** Toast shown after a save, e.g. "Meeting saved." */
  savedMessage: string;
  /** The fields a server-side field error may name, in focus order. */
  errorPaths: readonly Path<TInput>[];
}

export function useVersionedSave<TInput extends FieldValues & { version: number }, TValues extends FieldValues>({
  form,
  initial,
  save,
  savedMessage,
  errorPaths,
}: VersionedSaveOptions<TInput, TValues>) {
  const router = useRouter();
  const [message, setMessage] = useState<FormMessage>(null);
  const [stale, setStale] = useState<StaleSave | null>(null);

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

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    setStale(null);
    const result = await save(values);
    if (result.ok) {
      form.reset({ ...form.getValues(), version: result.data.version });
      toast.success(savedMessage);
      setMessage({ tone: "success", text: "Changes saved." });
      router.refresh();
      return;
    }
    if (result.changes) {
      setStale({ message: result.message, changes: result.changes });
      return;
    }
    const placed = applyFieldErrors(result.fieldErrors, errorPaths, form.setError);
    setMessage({ tone: "error", text: placed ? "Some fields need attention." : result.message });
  });

  return { message, stale, onSubmit, reload: () => router.refresh() };
}
