// The public forms' validation messages in the page's language. The shared schemas
// (lib/registrations/schemas.ts) name `registration.errors` keys instead of English text; this
// turns one into the sentence, wherever it came from: react-hook-form's resolver in the browser,
// or the server action's field errors (also when the server renders the form without JavaScript).
import { useTranslations } from "next-intl";
import { parseValidationMessage, type ValidationMessageKey } from "@/lib/registrations/schemas";

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
