"use client";
// The fields of a document form, shared by the new and the edit form: kind, UN symbol, title per
// language, the languages it is issued in, the date of issue and "principal document".
import type { FieldErrors, Path, UseFormReturn } from "react-hook-form";
import { TranslatableFields } from "@/components/forms/translatable-fields";
import { Checkbox, Select, TextInput } from "@/components/ui";
import { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentFormInput, LANGUAGE_NAMES } from "@/lib/documents/schemas";
import { LANGUAGE_AUTONYMS, textDirection, UN_LANGUAGES } from "@/lib/i18n/languages";

const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({ value: kind, label: DOCUMENT_KIND_LABELS[kind] }));

type DocumentFieldValues = Omit<DocumentFormInput, "id" | "version">;

/** The form paths a server field error may name, in focus order. */
export const DOCUMENT_ERROR_PATHS = [
  "kind",
  "symbol",
  ...UN_LANGUAGES.map((language) => `title.${language}`),
  "languages",
  "issuedOn",
  "isPrincipal",
] as readonly Path<DocumentFieldValues>[];

export function DocumentFields({
  form,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- shared by two form shapes that both contain DocumentFieldValues
  form: UseFormReturn<any, any, any>;
}) {
  const errors = form.formState.errors as FieldErrors<DocumentFieldValues>;
  const languagesError = (errors.languages as { message?: string } | undefined)?.message;

  return (
    <>
      <div className="field-row">
        <Select label="Kind" options={KIND_OPTIONS} error={errors.kind?.message} {...form.register("kind")} />
        <TextInput
          label="UN symbol"
          hint="Optional, e.g. A/68/L.5"
          autoComplete="off"
          spellCheck={false}
          error={errors.symbol?.message}
          {...form.register("symbol")}
        />
      </div>
      <TranslatableFields form={form} idPrefix="document" label="Title in each language" fields={[{ name: "title", label: "Title", required: true, maxLength: 500 }]} />
      <fieldset className="field-group" aria-describedby={languagesError ? "document-languages-error" : "document-languages-hint"}>
        <legend>Languages issued</legend>
        <p id="document-languages-hint" className="field__hint">
          The public page lists each of them, with its file or as not yet available.
        </p>
        <div className="field-row">
          {UN_LANGUAGES.map((language) => (
            <Checkbox
              key={language}
              id={`document-language-${language}`}
              value={language}
              label={
                <>
                  <span lang={language} dir={textDirection(language)}>
                    {LANGUAGE_AUTONYMS[language]}
                  </span>
                  {language === "en" ? null : <span className="visually-hidden"> ({LANGUAGE_NAMES[language]})</span>}
                </>
              }
              {...form.register("languages")}
            />
          ))}
        </div>
        <div aria-live="polite">
          {languagesError ? (
            <p id="document-languages-error" className="field__error">
              {languagesError}
            </p>
          ) : null}
        </div>
      </fieldset>
      <div className="field-row">
        <TextInput label="Issued on" type="date" hint="Optional: the date the document states." error={errors.issuedOn?.message} {...form.register("issuedOn")} />
      </div>
      <Checkbox
        label="Principal document"
        hint="Listed among the principal documents of the process (resolutions, reports of the Secretary-General) rather than only under its meeting or event."
        error={errors.isPrincipal?.message}
        {...form.register("isPrincipal")}
      />
    </>
  );
}
