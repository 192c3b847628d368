"use client";
// "Send me my link again": one email field, and always the same answer.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect } from "react";
import { useForm } from "react-hook-form";
import { Alert, TextInput } from "@/components/ui";
import { resendLinkSchema, type ResendLinkInput } from "@/lib/registrations/schemas";
import { IDLE_STATE, type PublicFormState, textAt } from "./form-state";
import { SubmitButton } from "./submit-button";
import { useHydrated } from "./use-hydrated";
import { useFormMessage, useValidationMessages } from "./validation-message";

export function LinkRequestForm({ action }: { action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState> }) {
  const t = useTranslations("registration.link");
  const formMessage = useFormMessage();
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const hydrated = useHydrated();
  const translate = useValidationMessages();
  const form = useForm<ResendLinkInput>({ resolver: zodResolver(resendLinkSchema), defaultValues: { email: textAt(state.values, "email") }, mode: "onTouched" });

  useEffect(() => {
    const message = state.fieldErrors?.email?.[0];
    if (state.status === "error" && message) form.setError("email", { type: "server", message }, { shouldFocus: true });
  }, [state, form]);

  if (state.status === "done") {
    return (
      <Alert tone="success" live="polite" title={t("title")}>
        <p>{t("done")}</p>
      </Alert>
    );
  }
  const error = translate(hydrated ? form.formState.errors.email?.message : state.fieldErrors?.email?.[0]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => {
      const data = new FormData(element);
      startTransition(() => formAction(data));
    })(event);
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="reg-form">
      {state.status === "error" && state.message && !state.fieldErrors?.email ? (
        <Alert tone="error" live="assertive">
          {formMessage(state)}
        </Alert>
      ) : null}
      <TextInput label={t("email")} type="email" required autoComplete="email" error={error} defaultValue={textAt(state.values, "email")} {...form.register("email")} />
      <SubmitButton pending={pending} pendingLabel={t("sending")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
