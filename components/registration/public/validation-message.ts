// The public forms' validation messages in the page's language. The shared schemas
// (lib/registrations/schemas.ts) name `registration.errors` keys instead of English text; this
// turns one into the sentence, wherever it came from: react-hook-form's resolver in the browser,
// or the server action's field errors (also when the server renders the form without JavaScript).
import { useTranslations } from "next-intl";
import { GENERIC_ERROR_MESSAGE } from "@/lib/errors";
import { FORM_CHECK_MESSAGE, INVALID_LINK_MESSAGE, REGISTRATION_CLOSED_MESSAGE } from "@/lib/registrations/errors";
import { parseValidationMessage, type ValidationMessageKey } from "@/lib/registrations/schemas";
import type { PublicFormState } from "./form-state";

export type TranslateValidation = (message: string | undefined) => string | undefined;

export function useValidationMessages(): TranslateValidation {
  const t = useTranslations("registration.errors");
  return (message) => {
    if (message === undefined) return undefined;
    const parsed = parseValidationMessage(message);
    // Anything that is not one of our keys (an unexpected server message) is shown as it is.
    if (!parsed || !t.has(parsed.key as ValidationMessageKey)) return message;
    return t(parsed.key as ValidationMessageKey, parsed.values);
  };
}

/**
 * A form-level message in the page's language. The actions answer with the server's own safe
 * sentences (lib/registrations/errors.ts, lib/errors.ts), which other callers and the logs rely
 * on; the few a public form can show are matched here and shown from the catalogue instead.
 * Anything else (never expected) is shown as it came.
 */
export function useFormMessage(): (state: PublicFormState) => string | undefined {
  const t = useTranslations("registration.errors");
  return (state) => {
    if (!state.message) return undefined;
    if (state.reason === "rate-limited") {
      const minutes = Number(/(\d+) minute/u.exec(state.message)?.[1] ?? 1);
      return t("formRateLimited", { minutes });
    }
    switch (state.message) {
      case REGISTRATION_CLOSED_MESSAGE:
        return t("formClosed");
      case INVALID_LINK_MESSAGE:
        return t("formInvalidLink");
      case FORM_CHECK_MESSAGE:
        return t("formCheck");
      case GENERIC_ERROR_MESSAGE:
        return t("formGeneric");
      default:
        return state.message;
    }
  };
}
