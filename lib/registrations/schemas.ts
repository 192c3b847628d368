// The registration forms' zod schemas, shared by the browser forms (zodResolver) and the server
// (actions, route handlers), so that what the form accepts is exactly what the server accepts
// (STYLE.md 5–6). Client-safe: no server imports.
//
// The public forms' messages are keys of the `registration.errors` catalogue (validationMessage
// below), not English: the one schema serves a form shown in six languages, and the form and the
// page rendered from the server action's state both translate them (translateValidationMessage).
// The staff console's schemas further down keep plain English messages.
import { z } from "zod";
import { isKnownCountryCode } from "@/lib/states/names";
import { emailField, isoCountryCodeField, personNameField, recordIdSchema, translatableTextSchema, versionSchema } from "@/lib/validation/common";
import type registrationMessages from "@/lib/i18n/messages/en/registration.json";

/** A key of the `registration.errors` catalogue. */
export type ValidationMessageKey = keyof (typeof registrationMessages)["errors"];

/**
 * A zod message naming a `registration.errors` key and its ICU arguments: "representativesTooMany?max=3".
 * A string because zod messages are strings, and because the server action hands field errors to
 * the browser as strings.
 */
export function validationMessage(key: ValidationMessageKey, values?: Record<string, number>): string {
  if (!values) return key;
  return `${key}?${new URLSearchParams(Object.entries(values).map(([name, value]) => [name, String(value)])).toString()}`;
}

/** The key and arguments of a validationMessage(), or null for any other text. */
export function parseValidationMessage(message: string): { key: string; values: Record<string, number> } | null {
  const match = /^([A-Za-z]+)(?:\?(.*))?$/u.exec(message);
  if (!match?.[1]) return null;
  const values: Record<string, number> = {};
  for (const [name, value] of new URLSearchParams(match[2] ?? "")) values[name] = Number(value);
  return { key: match[1], values };
}

/** Organisation types, in the order the form offers them. */
export const ORGANISATION_TYPES = ["NGO", "PRIVATE_SECTOR", "ACADEMIA", "FOUNDATION", "OTHER"] as const;
export type OrganisationTypeValue = (typeof ORGANISATION_TYPES)[number];

/** ECOSOC consultative status; NONE means the organisation needs non-objection where required. */
export const ECOSOC_STATUSES = ["GENERAL", "SPECIAL", "ROSTER", "NONE"] as const;
export type EcosocStatusValue = (typeof ECOSOC_STATUSES)[number];

/**
 * Languages registrants can receive their emails in: the six, each with its copy in
 * lib/mail/copy, in the order of the site's language switcher (lib/i18n/routing.ts).
 */
export const REGISTRANT_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type RegistrantLanguage = (typeof REGISTRANT_LANGUAGES)[number];

/** Representatives per organisation: the period's maximum is chosen within these bounds. */
export const REPRESENTATIVES_LIMIT = { min: 1, max: 10, default: 3 } as const;

/** A blank optional text becomes undefined; anything else is trimmed and bounded. */
function optionalText(max: number, tooLong: string) {
  return z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined));
}

const emailSchema = emailField({ required: validationMessage("emailRequired"), tooLong: validationMessage("emailTooLong"), invalid: validationMessage("emailInvalid") });
const personNameSchema = personNameField({ required: validationMessage("nameRequired"), tooLong: validationMessage("nameTooLong") });
const functionSchema = optionalText(200, validationMessage("functionTooLong"));

/** An http(s) address; "www.example.org" is accepted and given https://. */
export const websiteSchema = z
  .string()
  .trim()
  .max(300, validationMessage("websiteTooLong"))
  .optional()
  .transform((value) => (value ? (/^[a-z][a-z0-9+.-]*:/iu.test(value) ? value : `https://${value}`) : undefined))
  .pipe(z.url({ protocol: /^https?$/u, hostname: z.regexes.domain, error: validationMessage("websiteInvalid") }).optional());

/** A telephone number as people write it: digits, spaces, +, -, ., parentheses; 6–20 digits. */
export const phoneSchema = z
  .string()
  .trim()
  .max(40, validationMessage("phoneTooLong"))
  .optional()
  .transform((value) => (value ? value : undefined))
  .refine((value) => value === undefined || (/^\+?[\d\s().-]+$/u.test(value) && (value.match(/\d/gu)?.length ?? 0) >= 6 && (value.match(/\d/gu)?.length ?? 0) <= 20), {
    error: validationMessage("phoneInvalid"),
  });

export const countrySchema = isoCountryCodeField(validationMessage("countryRequired")).refine(isKnownCountryCode, { error: validationMessage("countryRequired") });

export const representativeSchema = z.object({
  name: personNameSchema,
  function: functionSchema,
  email: emailSchema,
});
export type RepresentativeInput = z.input<typeof representativeSchema>;

export const organisationSchema = z.object({
  name: z
    .string({ error: validationMessage("organisationNameRequired") })
    .trim()
    .min(2, validationMessage("organisationNameRequired"))
    .max(200, validationMessage("organisationNameTooLong", { max: 200 })),
  type: z.enum(ORGANISATION_TYPES, { error: validationMessage("organisationTypeRequired") }),
  countryCode: countrySchema,
  website: websiteSchema,
  ecosocStatus: z.enum(ECOSOC_STATUSES, { error: validationMessage("ecosocStatusRequired") }),
  description: z
    .string({ error: validationMessage("descriptionRequired") })
    .trim()
    .min(20, validationMessage("descriptionTooShort", { min: 20 }))
    .max(1000, validationMessage("descriptionTooLong", { max: 1000 })),
});

export const contactSchema = z.object({
  name: personNameSchema,
  function: functionSchema,
  email: emailSchema,
  phone: phoneSchema,
});

function representativesSchema(maxRepresentatives: number) {
  return z
    .array(representativeSchema, { error: validationMessage("representativesRequired") })
    .min(1, validationMessage("representativesRequired"))
    .max(maxRepresentatives, validationMessage("representativesTooMany", { max: maxRepresentatives }))
    .superRefine((people, ctx) => {
      const seen = new Map<string, number>();
      people.forEach((person, index) => {
        const first = seen.get(person.email);
        if (first !== undefined) ctx.addIssue({ code: "custom", path: [index, "email"], message: validationMessage("representativeEmailRepeated", { number: first + 1 }) });
        else seen.set(person.email, index);
      });
    });
}

/**
 * The public registration form for a period that allows `maxRepresentatives` people per
 * organisation. The anti-bot fields (honeypot, fill-time token) are not part of it: they are
 * checked before the data is parsed (lib/registrations/anti-bot.ts).
 */
export function registrationFormSchema(maxRepresentatives: number) {
  return z.object({
    organisation: organisationSchema,
    contact: contactSchema,
    representatives: representativesSchema(maxRepresentatives),
    language: z.enum(REGISTRANT_LANGUAGES, { error: validationMessage("languageRequired") }),
    privacyConsent: z.literal(true, { error: validationMessage("privacyConsentRequired") }),
    publicListingConsent: z.boolean().default(false),
  });
}
export type RegistrationFormSchema = ReturnType<typeof registrationFormSchema>;
export type RegistrationFormInput = z.input<RegistrationFormSchema>;
export type RegistrationFormData = z.output<RegistrationFormSchema>;

/**
 * What a registrant may change on the status page while the registration is under review: the
 * contact person (not the email, which is how they are reached), the representatives, and the
 * organisation's web address and description. Name, country, type and ECOSOC status decide the
 * review and stay as submitted.
 */
export function registrantUpdateSchema(maxRepresentatives: number) {
  return z.object({
    contact: contactSchema.omit({ email: true }),
    representatives: representativesSchema(maxRepresentatives),
    organisation: organisationSchema.pick({ website: true, description: true }),
    publicListingConsent: z.boolean().default(false),
    version: versionSchema,
  });
}
export type RegistrantUpdateInput = z.input<ReturnType<typeof registrantUpdateSchema>>;
export type RegistrantUpdateData = z.output<ReturnType<typeof registrantUpdateSchema>>;

/** "Send me my link again". */
export const resendLinkSchema = z.object({ email: emailSchema });
export type ResendLinkInput = z.input<typeof resendLinkSchema>;

/** A secret token from an emailed link: 32 bytes, base64url (43 characters). */
export const secretTokenSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/u, "This link is not valid.");

// ---------------------------------------------------------------------------------------------
// Staff

/** A local date-time as `<input type="datetime-local">` gives it ("2026-12-01T09:00"). */
const localDateTime = (label: string) =>
  z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/u, `Enter the ${label} as a date and time.`);

const optionalCapacity = (label: string) =>
  z
    .union([z.number(), z.nan(), z.string().trim()])
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value === "" || (typeof value === "number" && Number.isNaN(value))) return null;
      const number = typeof value === "number" ? value : Number(value);
      if (!Number.isInteger(number) || number < 1 || number > 100_000) {
        ctx.addIssue({ code: "custom", message: `The ${label} is a whole number from 1 to 100,000, or empty for no limit.` });
        return z.NEVER;
      }
      return number;
    });

/** Where registration is opened: a hearing meeting or a whole event. */
export const registrationTargetSchema = z.union([z.object({ meetingId: recordIdSchema }), z.object({ eventId: recordIdSchema })]);
export type RegistrationTarget = z.infer<typeof registrationTargetSchema>;

/**
 * Opening registration and its settings. Times are local to the target's time zone (the
 * meeting's, or UN Headquarters' for an event), converted on the server.
 */
export const registrationPeriodFormSchema = z
  .object({
    opensAt: localDateTime("opening time"),
    closesAt: localDateTime("closing time"),
    capacityOrganisations: optionalCapacity("capacity in organisations"),
    capacityPersons: optionalCapacity("capacity in persons"),
    maxRepresentatives: z.coerce
      .number({ error: "Enter the maximum number of representatives." })
      .int("Enter a whole number.")
      .min(REPRESENTATIVES_LIMIT.min, `At least ${REPRESENTATIVES_LIMIT.min} representative.`)
      .max(REPRESENTATIVES_LIMIT.max, `At most ${REPRESENTATIVES_LIMIT.max} representatives.`),
    nonObjectionRequired: z.boolean(),
    autoPromote: z.boolean(),
    privacyNotice: translatableTextSchema("privacy notice", { max: 5000 }),
    declineMessage: translatableTextSchema("decline message", { max: 2000 }),
  })
  .superRefine((value, ctx) => {
    if (value.closesAt <= value.opensAt) ctx.addIssue({ code: "custom", path: ["closesAt"], message: "The closing time must be after the opening time." });
  });
export type RegistrationPeriodFormInput = z.input<typeof registrationPeriodFormSchema>;

export const createRegistrationPeriodSchema = z.object({ target: registrationTargetSchema, settings: registrationPeriodFormSchema });
export const updateRegistrationPeriodSchema = z.object({ periodId: recordIdSchema, version: versionSchema, settings: registrationPeriodFormSchema });

/** One or many registrations (bulk actions act on the selected rows; at most one page of 100). */
const registrationIdsSchema = z.array(recordIdSchema).min(1, "Select at least one registration.").max(100, "Select at most 100 registrations at a time.");

export const approveRegistrationsSchema = z.object({ ids: registrationIdsSchema });
export const waitlistRegistrationsSchema = z.object({ ids: registrationIdsSchema });
export const declineRegistrationsSchema = z.object({
  ids: registrationIdsSchema,
  /** Added below the period's decline message in the email; optional. */
  reason: optionalText(2000, "The reason has at most 2000 characters."),
});
export const NON_OBJECTION_OUTCOMES = ["NO_OBJECTION", "OBJECTION"] as const;
export const recordNonObjectionSchema = z.object({ id: recordIdSchema, outcome: z.enum(NON_OBJECTION_OUTCOMES, { error: "Choose the outcome." }) });
export const addRegistrationNoteSchema = z.object({
  id: recordIdSchema,
  body: z.string({ error: "Write the note." }).trim().min(1, "Write the note.").max(4000, "A note has at most 4,000 characters."),
});
export const promoteNextSchema = z.object({ periodId: recordIdSchema });
