"use client";
// The public registration form. react-hook-form validates with the same zod schema as the server
// (registrationFormSchema(max)); when it passes, the form's own FormData goes to the server action.
// Without JavaScript the <form action> posts to the same action and the server re-renders this
// component with the action's state: every value kept, errors on their fields and in the summary.
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useActionState, useMemo } from "react";
import { useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { Checkbox, Select, type SelectOption, Textarea, TextInput } from "@/components/ui";
import { LANGUAGE_AUTONYMS } from "@/lib/i18n/languages";
import { ECOSOC_STATUSES, ORGANISATION_TYPES, REGISTRANT_LANGUAGES, registrationFormSchema, type RegistrationFormData, type RegistrationFormInput } from "@/lib/registrations/schemas";
import { CheckEmailPanel } from "./check-email-panel";
import { ErrorSummary } from "./error-summary";
import { checkedAt, IDLE_STATE, type PublicFormState, representativesFrom, textAt } from "./form-state";
import { RepresentativesFieldset, type RepresentativesFormShape } from "./representatives-fieldset";
import { SubmitButton } from "./submit-button";
import { useFormErrors } from "./use-form-errors";
import { useFormMessage } from "./validation-message";

const DESCRIPTION_MAX = 1000;

export interface RegistrationFormProps {
  action: (state: PublicFormState, formData: FormData) => Promise<PublicFormState>;
  maxRepresentatives: number;
  nonObjectionRequired: boolean;
  countries: SelectOption[];
  /** The period's privacy notice in the page's language (or its fallback) and that text's language. */
  privacyNotice: { text: string; lang?: string };
  /** Default language of our emails (the page's, when we write in it). */
  defaultLanguage: string;
  antiBot: { honeypotName: string; tokenName: string; token: string };
  /** Hidden fields the action needs to find the period (e.g. its id). */
  hidden?: Record<string, string>;
  linkPageHref: string;
}

function defaultsFrom(values: Record<string, unknown> | undefined, defaultLanguage: string): RegistrationFormInput {
  const language = textAt(values, "language") || defaultLanguage;
  return {
    organisation: {
      name: textAt(values, "organisation.name"),
      type: textAt(values, "organisation.type") as RegistrationFormInput["organisation"]["type"],
      countryCode: textAt(values, "organisation.countryCode"),
      website: textAt(values, "organisation.website"),
      ecosocStatus: textAt(values, "organisation.ecosocStatus") as RegistrationFormInput["organisation"]["ecosocStatus"],
      description: textAt(values, "organisation.description"),
    },
    contact: { name: textAt(values, "contact.name"), function: textAt(values, "contact.function"), email: textAt(values, "contact.email"), phone: textAt(values, "contact.phone") },
    representatives: representativesFrom(values),
    language: ((REGISTRANT_LANGUAGES as readonly string[]).includes(language) ? language : "en") as RegistrationFormInput["language"],
    privacyConsent: checkedAt(values, "privacyConsent") as true,
    publicListingConsent: checkedAt(values, "publicListingConsent"),
  };
}

export function RegistrationForm(props: RegistrationFormProps) {
  const { action, maxRepresentatives, nonObjectionRequired, countries, privacyNotice, defaultLanguage, antiBot, hidden = {}, linkPageHref } = props;
  const t = useTranslations("registration.form");
  const formMessage = useFormMessage();
  const [state, formAction, pending] = useActionState(action, IDLE_STATE);
  const defaults = useMemo(() => defaultsFrom(state.values, defaultLanguage), [state.values, defaultLanguage]);
  const form = useForm<RegistrationFormInput, unknown, RegistrationFormData>({
    resolver: zodResolver(registrationFormSchema(maxRepresentatives)),
    defaultValues: defaults,
    mode: "onTouched",
    // The error summary takes focus instead, and links to each field.
    shouldFocusError: false,
  });
  const { errors, errorFor, summaryFocus, onSubmit: submitHandler } = useFormErrors(form, state);

  const description = useWatch({ control: form.control, name: "organisation.description" }) ?? "";

  if (state.status === "done") return <CheckEmailPanel linkPageHref={linkPageHref} />;

  const onSubmit = submitHandler(formAction);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="reg-form">
      {state.status === "error" && state.message && Object.keys(state.fieldErrors ?? {}).length === 0 ? (
        <div className="alert alert--error" role="alert">
          <p>{formMessage(state)}</p>
        </div>
      ) : null}
      <ErrorSummary errors={errors} focusKey={summaryFocus} targets={{ language: "field-language-en" }} />
      <p className="muted">{t("requiredNote")}</p>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name={antiBot.tokenName} value={state.formToken ?? antiBot.token} />

      <fieldset className="reg-fieldset">
        <legend>{t("organisationHeading")}</legend>
        <TextInput label={t("organisationName")} required autoComplete="organization" error={errorFor("organisation.name")} defaultValue={defaults.organisation.name} {...form.register("organisation.name")} />
        <Select
          label={t("organisationType")}
          required
          placeholder={t("organisationTypeChoose")}
          options={ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
          error={errorFor("organisation.type")}
          defaultValue={defaults.organisation.type}
          {...form.register("organisation.type")}
        />
        <Select
          label={t("country")}
          required
          placeholder={t("countryChoose")}
          options={countries}
          error={errorFor("organisation.countryCode")}
          defaultValue={defaults.organisation.countryCode}
          {...form.register("organisation.countryCode")}
        />
        <TextInput label={t("website")} hint={t("websiteHint")} type="url" autoComplete="url" error={errorFor("organisation.website")} defaultValue={defaults.organisation.website} {...form.register("organisation.website")} />
        <Select
          label={t("ecosocStatus")}
          required
          hint={nonObjectionRequired ? t("ecosocNonObjection") : undefined}
          placeholder={t("ecosocChoose")}
          options={ECOSOC_STATUSES.map((status) => ({ value: status, label: t(`ecosoc.${status}`) }))}
          error={errorFor("organisation.ecosocStatus")}
          defaultValue={defaults.organisation.ecosocStatus}
          {...form.register("organisation.ecosocStatus")}
        />
        <Textarea
          label={t("description")}
          hint={
            <>
              {t("descriptionHint")} <span className="reg-count">{t("descriptionCount", { count: description.length, max: DESCRIPTION_MAX })}</span>
            </>
          }
          required
          rows={5}
          maxLength={DESCRIPTION_MAX + 200}
          error={errorFor("organisation.description")}
          defaultValue={defaults.organisation.description}
          {...form.register("organisation.description")}
        />
      </fieldset>

      <ContactFieldset form={form} errorFor={errorFor} defaults={defaults.contact} />

      <RepresentativesFieldset
        form={form as unknown as UseFormReturn<RepresentativesFormShape>}
        max={maxRepresentatives}
        errorFor={errorFor}
        initial={defaults.representatives.map((person) => ({ name: person.name, function: person.function ?? "", email: person.email }))}
      />

      <fieldset className="reg-fieldset" aria-describedby={errorFor("language") ? "field-language-error" : undefined}>
        <legend>{t("languageHeading")}</legend>
        <div className="reg-radios">
          {REGISTRANT_LANGUAGES.map((language) => (
            <div key={language} className="field field--checkbox">
              <input
                type="radio"
                id={`field-language-${language}`}
                value={language}
                className="field__checkbox"
                defaultChecked={defaults.language === language}
                {...form.register("language")}
              />
              <label className="field__label" htmlFor={`field-language-${language}`} lang={language}>
                {LANGUAGE_AUTONYMS[language]}
              </label>
            </div>
          ))}
        </div>
        {errorFor("language") ? (
          <p className="field__error" id="field-language-error">
            {errorFor("language")}
          </p>
        ) : null}
      </fieldset>

      <fieldset className="reg-fieldset">
        <legend>{t("privacyHeading")}</legend>
        <div className="reg-notice" tabIndex={0} role="region" aria-label={t("privacyHeading")} lang={privacyNotice.lang} dir="auto">
          {privacyNotice.text
            .split(/\n\s*\n/u)
            .filter((paragraph) => paragraph.trim() !== "")
            .map((paragraph, index) => (
              <p key={index}>{paragraph.trim()}</p>
            ))}
        </div>
        <Checkbox label={t("privacyConsent")} required error={errorFor("privacyConsent")} defaultChecked={defaults.privacyConsent === true} {...form.register("privacyConsent")} />
        <Checkbox label={t("publicListingConsent")} error={errorFor("publicListingConsent")} defaultChecked={defaults.publicListingConsent === true} {...form.register("publicListingConsent")} />
      </fieldset>

      {/* Humans never see this; a bot filling every field gives itself away. */}
      <div className="reg-honeypot" aria-hidden="true">
        <label htmlFor="field-honeypot">{t("honeypot")}</label>
        <p>{t("honeypotNote")}</p>
        <input id="field-honeypot" type="text" name={antiBot.honeypotName} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

function ContactFieldset({
  form,
  errorFor,
  defaults,
}: {
  form: UseFormReturn<RegistrationFormInput, unknown, RegistrationFormData>;
  errorFor: (path: string) => string | undefined;
  defaults: RegistrationFormInput["contact"];
}) {
  const t = useTranslations("registration.form");
  return (
    <fieldset className="reg-fieldset" aria-describedby="contact-intro">
      <legend>{t("contactHeading")}</legend>
      <p id="contact-intro" className="field__hint">
        {t("contactIntro")}
      </p>
      <TextInput label={t("name")} required autoComplete="name" error={errorFor("contact.name")} defaultValue={defaults.name} {...form.register("contact.name")} />
      <TextInput label={t("function")} autoComplete="organization-title" error={errorFor("contact.function")} defaultValue={defaults.function} {...form.register("contact.function")} />
      <TextInput label={t("email")} type="email" required autoComplete="email" error={errorFor("contact.email")} defaultValue={defaults.email} {...form.register("contact.email")} />
      <TextInput label={t("phone")} hint={t("phoneHint")} type="tel" autoComplete="tel" error={errorFor("contact.phone")} defaultValue={defaults.phone} {...form.register("contact.phone")} />
    </fieldset>
  );
}
