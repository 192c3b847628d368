// Shared zod atoms (STYLE.md 6): every form and handler composes its schema from these, so the
// public forms, the staff forms and the API cannot drift apart. Client-safe: no server imports.
import { z } from "zod";
import { UN_LANGUAGES } from "@/lib/i18n/languages";

// The atoms below take their messages as a parameter so that a form shown in other languages
// (the public registration form: message keys, lib/registrations/schemas.ts) keeps the very same
// rules; the defaults are the staff console's English.

/** An email address, trimmed and lower-cased (staff emails are stored lower-cased). */
export function emailField(messages = { required: "Enter an email address.", tooLong: "An email address has at most 254 characters.", invalid: "Enter a valid email address." }) {
  return z
    .string({ error: messages.required })
    .trim()
    .min(1, messages.required)
    .max(254, messages.tooLong)
    .pipe(z.email({ error: messages.invalid }))
    .transform((value) => value.toLowerCase());
}
export const emailSchema = emailField();

/** A person's name as they write it: any script, 1–200 characters. */
export function personNameField(messages = { required: "Enter a name.", tooLong: "A name has at most 200 characters." }) {
  return z.string({ error: messages.required }).trim().min(1, messages.required).max(200, messages.tooLong);
}
export const personNameSchema = personNameField();

/** ISO 3166-1 alpha-2 country code, normalised to upper case. */
export function isoCountryCodeField(message = "Choose a country.") {
  return z.string({ error: message }).trim().toUpperCase().regex(/^[A-Z]{2}$/, message);
}
export const isoCountryCodeSchema = isoCountryCodeField();

/** One of the six UN languages, as its BCP 47 code. */
export const languageSchema = z.enum(UN_LANGUAGES, { error: "Choose a language." });

/** A URL path segment: lower-case letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and hyphens only.");

/** A database id as Prisma's cuid() makes them (also accepts cuid2-like ids). */
export const recordIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9]{20,40}$/, "Invalid identifier.");

/** The optimistic-locking version a form was loaded with. */
export const versionSchema = z.number({ error: "Missing version." }).int().min(1);

/** Single-line text such as a title: trimmed, required, bounded. */
export function titleSchema(label: string, max = 300) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} has at most ${max} characters.`);
}

/**
 * A translatable text as staff forms edit it: one string per UN language, "" where there is no
 * text yet. The output keeps only the languages that have text (the stored JSON shape, see
 * lib/i18n/translatable.ts). English is required unless `optional`; then the whole field may be
 * empty, but a text in another language still needs its English one.
 */
export function translatableTextSchema(label: string, { max = 300, optional = false }: { max?: number; optional?: boolean } = {}) {
  const text = z
    .string()
    .trim()
    .max(max, `The ${label} has at most ${max} characters.`)
    .optional();
  return z
    .object({ ar: text, zh: text, en: text, fr: text, ru: text, es: text })
    .superRefine((value, ctx) => {
      const hasAny = UN_LANGUAGES.some((language) => (value[language] ?? "") !== "");
      if ((value.en ?? "") === "" && (!optional || hasAny)) {
        ctx.addIssue({ code: "custom", path: ["en"], message: `Enter the ${label} in English.` });
      }
    })
    .transform((value) => {
      const texts: Partial<Record<(typeof UN_LANGUAGES)[number], string>> = {};
      for (const language of UN_LANGUAGES) {
        const entry = value[language];
        if (entry !== undefined && entry !== "") texts[language] = entry;
      }
      return texts;
    });
}

/** The empty form value of a translatable text, or the form value of a stored one. */
export function translatableFormValue(stored: Partial<Record<(typeof UN_LANGUAGES)[number], string>> = {}): Record<(typeof UN_LANGUAGES)[number], string> {
  return { ar: stored.ar ?? "", zh: stored.zh ?? "", en: stored.en ?? "", fr: stored.fr ?? "", ru: stored.ru ?? "", es: stored.es ?? "" };
}
