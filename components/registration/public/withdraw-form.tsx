"use client";
// "Withdraw our registration" behind a confirmation step that needs no JavaScript: a native
// <details> discloses the question and the real (POST) button; Cancel closes it again.
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { Alert, Button } from "@/components/ui";
import { IDLE_STATE, type PublicFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { useFormMessage } from "./validation-message";

export function WithdrawForm({ action }: { action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState> }) {
  const t = useTranslations("registration.status");
  const formMessage = useFormMessage();
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);

  if (state.status === "done") {
    return (
      <Alert tone="success" live="polite">
        {t("withdrawn")}
      </Alert>
    );
  }
  return (
    <>
      {state.status === "error" && state.message ? (
        <Alert tone="error" live="assertive">
          {formMessage(state)}
        </Alert>
      ) : null}
      <details ref={details} className="reg-confirm-step">
        <summary ref={summary} className="btn btn--danger">
          {t("withdraw")}
        </summary>
        <div className="reg-confirm-step__box" role="group" aria-labelledby="withdraw-question">
          <p id="withdraw-question" className="alert__title">
            {t("withdrawConfirmTitle")}
          </p>
          <p>{t("withdrawConfirmBody")}</p>
          <form action={formAction} className="reg-actions">
            <SubmitButton variant="danger" pending={pending} pendingLabel={t("withdrawing")}>
              {t("withdrawConfirm")}
            </SubmitButton>
            <Button
              variant="secondary"
              onClick={() => {
                if (details.current) details.current.open = false;
                summary.current?.focus();
              }}
            >
              {t("withdrawCancel")}
            </Button>
          </form>
        </div>
      </details>
    </>
  );
}
