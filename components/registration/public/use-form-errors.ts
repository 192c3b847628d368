// The submit and error plumbing the public registration forms share. react-hook-form checks
// before posting; the action's field errors go to react-hook-form (so they clear as fields are
// corrected) and the error summary takes focus, also on mount (a submit made before hydration
// came back as a page); before hydration and without JavaScript, the server's errors are rendered
// as they came.
import { type FormEvent, startTransition, useEffect, useState } from "react";
import { type FieldValues, get, type Path, type UseFormReturn } from "react-hook-form";
import { ERROR_SUMMARY_ID } from "./error-summary";
import { flattenErrors, flattenServerErrors, type PublicFormState } from "./form-state";
import { useHydrated } from "./use-hydrated";
import { useValidationMessages } from "./validation-message";

export function useFormErrors<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, state: PublicFormState) {
  const [summaryFocus, setSummaryFocus] = useState(0);
  const hydrated = useHydrated();
  const translate = useValidationMessages();

  useEffect(() => {
    if (state.status !== "error") return;
    for (const [path, messages] of Object.entries(state.fieldErrors ?? {})) {
      if (messages[0]) form.setError(path as Path<T>, { type: "server", message: messages[0] });
    }
    requestAnimationFrame(() => document.getElementById(ERROR_SUMMARY_ID)?.focus());
  }, [state, form]);

  const errors = (hydrated ? flattenErrors(form.formState.errors) : flattenServerErrors(state.fieldErrors)).map((error) => ({ ...error, message: translate(error.message) ?? error.message }));
  const errorFor = (path: string): string | undefined => {
    if (!hydrated) return translate(state.fieldErrors?.[path]?.[0]);
    const entry = get(form.formState.errors, path) as { message?: string } | undefined;
    return typeof entry?.message === "string" ? translate(entry.message) : undefined;
  };
  /**
   * The form's onSubmit: react-hook-form checks first; a valid form posts its FormData to the
   * action (the same post it makes without JavaScript), an invalid one moves focus to the summary.
   */
  const onSubmit = (formAction: (data: FormData) => void) => (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(
      () => {
        const data = new FormData(element);
        startTransition(() => formAction(data));
      },
      () => setSummaryFocus((key) => key + 1),
    )(event);
  };
  return { hydrated, errors, errorFor, summaryFocus, onSubmit };
}
