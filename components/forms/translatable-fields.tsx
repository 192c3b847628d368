"use client";
// Translatable text in staff forms: one tab per UN language (English first, as it is required),
// showing the inputs of that language for every translatable field of the form. A tab is marked
// "missing" while a field that is required, or already used in another language, has no text in
// it, so staff see at a glance which translations are still to do. Tabs follow the WAI-ARIA tabs
// pattern (arrow keys, Home, End); panels stay mounted so typed text is never dropped.
import { type KeyboardEvent, useId, useRef, useState } from "react";
import { type FieldValues, get, type Path, type UseFormReturn, useWatch } from "react-hook-form";
import { TextInput, Textarea } from "@/components/ui";
import { LANGUAGE_AUTONYMS, textDirection, UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";

/** Tab order: English (required) first, then the UN order. */
const TAB_ORDER: readonly UnLanguage[] = ["en", ...UN_LANGUAGES.filter((language) => language !== "en")];
const ENGLISH_NAMES: Record<UnLanguage, string> = { ar: "Arabic", zh: "Chinese", en: "English", fr: "French", ru: "Russian", es: "Spanish" };

export interface TranslatableField {
  /** Path of the field's `{ en, fr, … }` object in the form, e.g. "title" or "items.2.title". */
  name: string;
  label: string;
  /** English is required (the schema says so too). */
  required?: boolean;
  multiline?: boolean;
  hint?: string;
  maxLength?: number;
}

export interface TranslatableFieldsProps<T extends FieldValues> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form shape; paths are checked at runtime by react-hook-form
  form: UseFormReturn<T, any, any>;
  fields: readonly TranslatableField[];
  /** Makes ids unique when a page has several groups (e.g. one per agenda item). */
  idPrefix?: string;
  /** Names the group for assistive technology. */
  label?: string;
}

function hasText(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "";
}

/** Languages in which some field still lacks text (required ones, or ones used in another language). */
export function languagesMissing(fields: readonly TranslatableField[], values: readonly unknown[]): Set<UnLanguage> {
  const missing = new Set<UnLanguage>();
  fields.forEach((field, index) => {
    const texts = (values[index] ?? {}) as Partial<Record<UnLanguage, unknown>>;
    const used = UN_LANGUAGES.some((language) => hasText(texts[language]));
    if (!field.required && !used) return;
    for (const language of UN_LANGUAGES) if (!hasText(texts[language])) missing.add(language);
  });
  return missing;
}

export function TranslatableFields<T extends FieldValues>({ form, fields, idPrefix = "tr", label = "Languages" }: TranslatableFieldsProps<T>) {
  const [active, setActive] = useState<UnLanguage>("en");
  const tabs = useRef<Partial<Record<UnLanguage, HTMLButtonElement | null>>>({});
  const baseId = `${idPrefix}-${useId().replace(/:/gu, "")}`;
  const values = useWatch({ control: form.control, name: fields.map((field) => field.name) as Path<T>[] }) as unknown[];
  const missing = languagesMissing(fields, values);
  const errors = form.formState.errors;
  const languagesWithErrors = new Set(TAB_ORDER.filter((language) => fields.some((field) => get(errors, `${field.name}.${language}`))));

  const select = (language: UnLanguage) => {
    setActive(language);
    tabs.current[language]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = TAB_ORDER.indexOf(active);
    const last = TAB_ORDER.length - 1;
    // Arrow keys follow the visual order, which flips in a right-to-left page.
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const next = { ArrowRight: rtl ? index - 1 : index + 1, ArrowLeft: rtl ? index + 1 : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(TAB_ORDER[(next + TAB_ORDER.length) % TAB_ORDER.length] ?? "en");
  };

  // After a failed submit, show the first language with an error so its message is not hidden
  // behind a tab (once per submit: staff may then move to any tab they like).
  const submitCount = form.formState.submitCount;
  const [seenSubmit, setSeenSubmit] = useState(submitCount);
  if (submitCount !== seenSubmit) {
    setSeenSubmit(submitCount);
    const firstWithError = TAB_ORDER.find((language) => languagesWithErrors.has(language));
    if (firstWithError && !languagesWithErrors.has(active)) setActive(firstWithError);
  }
  const shown = active;

  return (
    <div className="translatable">
      <div role="tablist" aria-label={label} className="translatable__tabs">
        {TAB_ORDER.map((language) => {
          const selected = language === shown;
          const state = languagesWithErrors.has(language) ? "error" : missing.has(language) ? "missing" : "complete";
          return (
            <button
              key={language}
              ref={(element) => {
                tabs.current[language] = element;
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${language}`}
              aria-selected={selected}
              aria-controls={`${baseId}-panel-${language}`}
              tabIndex={selected ? 0 : -1}
              className={`translatable__tab translatable__tab--${state}`}
              onClick={() => setActive(language)}
              onKeyDown={onKeyDown}
            >
              <span lang={language}>{LANGUAGE_AUTONYMS[language]}</span>
              {language !== "en" ? <span className="visually-hidden"> ({ENGLISH_NAMES[language]})</span> : null}
              {state === "error" ? <span className="translatable__state"> · needs attention</span> : null}
              {state === "missing" ? <span className="translatable__state"> · missing</span> : null}
            </button>
          );
        })}
      </div>
      {TAB_ORDER.map((language) => (
        <div
          key={language}
          role="tabpanel"
          id={`${baseId}-panel-${language}`}
          aria-labelledby={`${baseId}-tab-${language}`}
          hidden={language !== shown}
          className="translatable__panel"
        >
          {fields.map((field) => {
            const path = `${field.name}.${language}` as Path<T>;
            const error = get(errors, path) as { message?: string } | undefined;
            const common = {
              id: `${baseId}-${field.name.replace(/\./gu, "-")}-${language}`,
              label: `${field.label} (${ENGLISH_NAMES[language]})`,
              hint: field.hint,
              error: error?.message,
              required: field.required && language === "en",
              lang: language,
              dir: textDirection(language),
              maxLength: field.maxLength,
              ...form.register(path),
            };
            return field.multiline ? <Textarea key={field.name} rows={4} {...common} /> : <TextInput key={field.name} {...common} />;
          })}
        </div>
      ))}
    </div>
  );
}
