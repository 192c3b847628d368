"use client";
// The representatives, 1 to the period's maximum (useFieldArray). Adding moves focus to the new
// person's name; removing moves it to the previous person's name (or the Add button); each change
// is announced in a polite live region. "Copy the contact person" fills an empty row (or adds one).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type FieldValues, type Path, useFieldArray, type UseFormReturn } from "react-hook-form";
import { Button, TextInput } from "@/components/ui";
import { fieldId } from "./form-state";

interface Person {
  name?: string;
  function?: string;
  email?: string;
}

/** The part of a registration form this fieldset works on (the public form and the edit form). */
export interface RepresentativesFormShape extends FieldValues {
  representatives: Person[];
  contact: Person;
}

export function RepresentativesFieldset({
  form,
  max,
  errorFor,
  initial,
  contactEmail,
}: {
  form: UseFormReturn<RepresentativesFormShape>;
  max: number;
  errorFor: (path: string) => string | undefined;
  /** The rows as typed before a server re-render (for the no-JavaScript defaults). */
  initial: Person[];
  /** The contact's email when the form has no email field (the edit form). */
  contactEmail?: string;
}) {
  const t = useTranslations("registration.form");
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "representatives" });
  const [announcement, setAnnouncement] = useState("");
  const path = (index: number, field: keyof Person) => `representatives.${index}.${field}` as Path<RepresentativesFormShape>;
  const full = fields.length >= max;

  function add() {
    if (full) return;
    append({ name: "", function: "", email: "" }, { shouldFocus: true, focusName: path(fields.length, "name") });
    setAnnouncement(t("representativeAdded", { number: fields.length + 1 }));
  }

  function removeAt(index: number) {
    remove(index);
    const left = fields.length - 1;
    setAnnouncement(t("representativeRemoved", { number: index + 1, count: left }));
    // After the re-render: the previous person's name, or the first remaining one.
    requestAnimationFrame(() => document.getElementById(fieldId(path(Math.max(0, index - 1), "name")))?.focus());
  }

  function copyContact() {
    const contact = form.getValues("contact") as Person;
    const person = { name: contact.name ?? "", function: contact.function ?? "", email: contactEmail ?? contact.email ?? "" };
    const rows = form.getValues("representatives") as Person[];
    const emptyIndex = rows.findIndex((row) => !row.name && !row.email && !row.function);
    if (emptyIndex >= 0) {
      form.setValue(path(emptyIndex, "name"), person.name, { shouldDirty: true });
      form.setValue(path(emptyIndex, "function"), person.function, { shouldDirty: true });
      form.setValue(path(emptyIndex, "email"), person.email, { shouldDirty: true });
      setAnnouncement(t("contactCopied", { number: emptyIndex + 1 }));
      return;
    }
    if (full) {
      setAnnouncement(t("representativesFull", { max }));
      return;
    }
    append(person, { shouldFocus: false });
    setAnnouncement(t("contactCopied", { number: rows.length + 1 }));
  }

  const groupError = errorFor("representatives");
  return (
    <fieldset className="reg-fieldset" aria-describedby="representatives-intro">
      <legend>{t("representativesHeading")}</legend>
      <p id="representatives-intro" className="field__hint">
        {t("representativesIntro", { max })}
      </p>
      {groupError ? (
        <p className="field__error" id={`${fieldId("representatives")}-error`}>
          {groupError}
        </p>
      ) : null}
      <ol className="reg-people">
        {fields.map((field, index) => (
          <li key={field.id} className="reg-person">
            <fieldset className="reg-person__fields">
              <legend className="reg-person__legend">{t("representative", { number: index + 1 })}</legend>
              <TextInput
                label={t("name")}
                required
                autoComplete="off"
                error={errorFor(path(index, "name"))}
                defaultValue={initial[index]?.name}
                {...form.register(path(index, "name"))}
              />
              <TextInput label={t("function")} autoComplete="off" error={errorFor(path(index, "function"))} defaultValue={initial[index]?.function} {...form.register(path(index, "function"))} />
              <TextInput
                label={t("email")}
                type="email"
                required
                autoComplete="off"
                error={errorFor(path(index, "email"))}
                defaultValue={initial[index]?.email}
                {...form.register(path(index, "email"))}
              />
              {fields.length > 1 ? (
                <Button variant="secondary" size="small" onClick={() => removeAt(index)}>
                  {t("removeRepresentative", { number: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="reg-actions">
        <Button variant="secondary" id={fieldId("representatives")} onClick={add} aria-disabled={full ? true : undefined} aria-describedby={full ? "representatives-full" : undefined}>
          {t("addRepresentative")}
        </Button>
        <Button variant="secondary" onClick={copyContact} aria-describedby="copy-contact-hint">
          {t("copyContact")}
        </Button>
      </div>
      <p id="copy-contact-hint" className="field__hint">
        {t("copyContactHint")}
      </p>
      {full ? (
        <p id="representatives-full" className="field__hint">
          {t("representativesFull", { max })}
        </p>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
