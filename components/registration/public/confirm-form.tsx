"use client";
// The confirmation page's one button. The token travels in the POST body, never by following a
// link, so email scanners that open links do not use it up. On success the action sets the status
// cookie and redirects to the status page; a bad link gets one message for every reason.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui";
import { IDLE_STATE, type PublicFormState } from "./form-state";
import { SubmitButton } from "./submit-button";
import { useFormMessage } from "./validation-message";

export function ConfirmForm({ action, token, linkPageHref }: { action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState>; token: string; linkPageHref: string }) {
  const t = useTranslations("registration.confirm");
  const formMessage = useFormMessage();
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  if (state.status === "error" && state.reason !== "rate-limited") {
    return (
      <Alert tone="error" live="assertive" title={t("invalidTitle")}>
        <p>{t("invalidBody")}</p>
        <p>
          <a href={linkPageHref}>{t("linkPage")}</a>
        </p>
      </Alert>
    );
  }
  return (
    <form action={formAction}>
      {state.reason === "rate-limited" && state.message ? (
        <Alert tone="error" live="assertive">
          <p>{formMessage(state)}</p>
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={pending} pendingLabel={t("confirming")}>
        {t("button")}
      </SubmitButton>
    </form>
  );
}
