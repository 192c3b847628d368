"use client";
// The status page's edit form, while the registration is under review: contact person (not the
// email), representatives, website, description and the public-listing consent, validated with
// registrantUpdateSchema(max) in the browser and again by the action. Works without JavaScript
// like the registration form (the server re-renders it with values and errors).
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { Alert, Checkbox, Textarea, TextInput } from "@/components/ui";
import { registrantUpdateSchema, type RegistrantUpdateData, type RegistrantUpdateInput } from "@/lib/registrations/schemas";
import { ErrorSummary } from "./error-summary";
import { checkedAt, IDLE_STATE, type PublicFormState, representativesFrom, textAt } from "./form-state";
import { RepresentativesFieldset, type RepresentativesFormShape } from "./representatives-fieldset";
import { SubmitButton } from "./submit-button";
import { useFormErrors } from "./use-form-errors";
import { useFormMessage } from "./validation-message";

const DESCRIPTION_MAX = 1000;

export interface RegistrantEditValues {
  contact: { name: string; function: string; phone: string };
  contactEmail: string;
  representatives: { name: string; function: string; email: string }[];
  organisation: { website: string; description: string };
  publicListingConsent: boolean;
  version: number;
}

function defaultsFrom(state: PublicFormState, current: RegistrantEditValues): RegistrantUpdateInput {
  const values = state.status === "error" ? state.values : undefined;
  if (!values) return { ...current, contact: current.contact, version: current.version };
  return {
    contact: { name: textAt(values, "contact.name"), function: textAt(values, "contact.function"), phone: textAt(values, "contact.phone") },
    representatives: representativesFrom(values),
    organisation: { website: textAt(values, "organisation.website"), description: textAt(values, "organisation.description") },
    publicListingConsent: checkedAt(values, "publicListingConsent"),
    version: current.version,
  };
}

export function RegistrantEditForm({
  action,
  current,
  maxRepresentatives,
}: {
  action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState>;
  current: RegistrantEditValues;
  maxRepresentatives: number;
}) {
  const t = useTranslations("registration.form");
  const status = useTranslations("registration.status");
  const formMessage = useFormMessage();
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const defaults = useMemo(() => defaultsFrom(state, current), [state, current]);
  const form = useForm<RegistrantUpdateInput, unknown, RegistrantUpdateData>({
    resolver: zodResolver(registrantUpdateSchema(maxRepresentatives)),
    defaultValues: defaults,
    mode: "onTouched",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const { errors, errorFor, summaryFocus, onSubmit: submitHandler } = useFormErrors(form, state);
  const description = useWatch({ control: form.control, name: "organisation.description" }) ?? "";

  const onSubmit = submitHandler(formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="reg-form">
      {state.status === "done" ? (
        <Alert tone="success" live="polite">
          {status("saved")}
        </Alert>
      ) : null}
      {state.status === "error" && state.message && Object.keys(state.fieldErrors ?? {}).length === 0 ? (
        <Alert tone="error" live="assertive">
          {formMessage(state)}
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} focusKey={summaryFocus} />
      <input type="hidden" name="version" value={String(current.version)} />

      <fieldset className="reg-fieldset">
        <legend>{t("contactHeading")}</legend>
        <TextInput label={t("name")} required autoComplete="name" error={errorFor("contact.name")} defaultValue={defaults.contact.name} {...form.register("contact.name")} />
        <TextInput label={t("function")} autoComplete="organization-title" error={errorFor("contact.function")} defaultValue={defaults.contact.function} {...form.register("contact.function")} />
        <TextInput label={t("phone")} hint={t("phoneHint")} type="tel" autoComplete="tel" error={errorFor("contact.phone")} defaultValue={defaults.contact.phone} {...form.register("contact.phone")} />
      </fieldset>

      <RepresentativesFieldset
        form={form as unknown as UseFormReturn<RepresentativesFormShape>}
        max={maxRepresentatives}
        errorFor={errorFor}
        initial={defaults.representatives.map((person) => ({ name: person.name, function: person.function ?? "", email: person.email }))}
        contactEmail={current.contactEmail}
      />

      <fieldset className="reg-fieldset">
        <legend>{t("organisationHeading")}</legend>
        <TextInput label={t("website")} hint={t("websiteHint")} type="url" autoComplete="url" error={errorFor("organisation.website")} defaultValue={defaults.organisation.website} {...form.register("organisation.website")} />
        <Textarea
          label={t("description")}
          hint={<span className="reg-count">{t("descriptionCount", { count: description.length, max: DESCRIPTION_MAX })}</span>}
          required
          rows={5}
          error={errorFor("organisation.description")}
          defaultValue={defaults.organisation.description}
          {...form.register("organisation.description")}
        />
        <Checkbox label={t("publicListingConsent")} defaultChecked={defaults.publicListingConsent === true} {...form.register("publicListingConsent")} />
      </fieldset>

      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
