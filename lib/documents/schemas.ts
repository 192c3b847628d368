// Client-safe schemas of the staff document forms and file actions, shared by the forms
// (zodResolver) and the server actions and routes (parseInput), so the two cannot drift.
import { z } from "zod";
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";
import { isRealLocalValue, LOCAL_DAY } from "@/lib/time/zoned";
import { languageSchema, recordIdSchema, translatableTextSchema, versionSchema } from "@/lib/validation/common";
import { DOCUMENT_KINDS } from "./list-params";

export { DOCUMENT_KIND_LABELS, DOCUMENT_KINDS, type DocumentKindValue } from "./list-params";

/**
 * A UN document symbol: parts of letters and digits separated by "/", "." or "-", with at least
 * one "/" (every UN symbol has one: A/RES/58/208, A/67/254, A/68/L.5, E/CN.9/2013/3/Rev.1).
 */
const SYMBOL_SHAPE = /^[A-Za-z0-9]+(?:[/.-][A-Za-z0-9]+)*$/;
export const SYMBOL_MESSAGE = "Enter a UN symbol such as A/RES/58/208 or A/68/L.5: letters and digits separated by /, . or -.";

/** Optional UN symbol: "" (or spaces) means none, stored as null. */
export const documentSymbolSchema = z
  .string()
  .trim()
  .max(80, "A symbol has at most 80 characters.")
  .refine((value) => value === "" || (SYMBOL_SHAPE.test(value) && value.includes("/")), SYMBOL_MESSAGE)
  .transform((value) => (value === "" ? null : value));

/** Optional date of issue, "YYYY-MM-DD" or "" for none. */
export const issuedOnSchema = z
  .string()
  .trim()
  .refine((value) => value === "" || (LOCAL_DAY.test(value) && isRealLocalValue(value)), "Enter a date such as 2013-10-03, or leave it empty.")
  .transform((value) => (value === "" ? null : value));

/** The languages a document is issued in: each of the six at most once, kept in the UN order. */
export const issuedLanguagesSchema = z
  .array(languageSchema)
  .max(UN_LANGUAGES.length)
  .refine((languages) => new Set(languages).size === languages.length, "Choose each language once.")
  .transform((languages) => UN_LANGUAGES.filter((language) => languages.includes(language)));

/** Where a document is listed: under one meeting or under one event. */
export const documentParentSchema = z.union([z.strictObject({ meetingId: recordIdSchema }), z.strictObject({ eventId: recordIdSchema })], {
  error: "Choose the meeting or event this document belongs to.",
});
export type DocumentParent = z.output<typeof documentParentSchema>;

const documentFields = {
  kind: z.enum(DOCUMENT_KINDS, { error: "Choose the kind of document." }),
  symbol: documentSymbolSchema,
  title: translatableTextSchema("title", { max: 500 }),
  languages: issuedLanguagesSchema,
  issuedOn: issuedOnSchema,
  isPrincipal: z.boolean(),
};

export const DOCUMENT_FORM_FIELDS = ["kind", "symbol", "title", "languages", "issuedOn", "isPrincipal"] as const;

/** The edit form of an existing document (its status and files change through their own actions). */
export const documentFormSchema = z.object({ id: recordIdSchema, version: versionSchema, ...documentFields });
export type DocumentFormInput = z.input<typeof documentFormSchema>;
export type DocumentFormValues = z.output<typeof documentFormSchema>;

/** A new document, always a draft, at the end of its parent's list. */
export const newDocumentSchema = z.object({ parent: documentParentSchema, ...documentFields });
export type NewDocumentInput = z.input<typeof newDocumentSchema>;
export type NewDocumentValues = z.output<typeof newDocumentSchema>;

/** Publishing, unpublishing or deleting: the document and the version the page was loaded with. */
export const documentVersionSchema = z.object({ id: recordIdSchema, version: versionSchema });
export type DocumentVersionInput = z.input<typeof documentVersionSchema>;

/** The new order of a parent's documents: every one of its documents, each once. */
export const reorderDocumentsSchema = z.object({
  parent: documentParentSchema,
  orderedIds: z
    .array(recordIdSchema)
    .min(1, "There is nothing to reorder.")
    .max(500)
    .refine((ids) => new Set(ids).size === ids.length, "Each document may appear only once."),
});
export type ReorderDocumentsInput = z.input<typeof reorderDocumentsSchema>;

/** One language of one document (the upload address, removing the current file). */
export const documentFileRefSchema = z.object({ documentId: recordIdSchema, language: languageSchema });
export type DocumentFileRef = z.output<typeof documentFileRefSchema>;

/** Making an earlier version the current file of its language again. */
export const revertDocumentFileSchema = z.object({ fileId: recordIdSchema });
export type RevertDocumentFileInput = z.input<typeof revertDocumentFileSchema>;

/** Prisma's Language enum value ("FR") for a language code ("fr"), and back. */
export const toStoredLanguage = (language: UnLanguage) => language.toUpperCase() as Uppercase<UnLanguage>;
export const fromStoredLanguage = (language: string) => language.toLowerCase() as UnLanguage;

/** English names of the languages, for staff messages ("French has a current file…"). */
export const LANGUAGE_NAMES: Record<UnLanguage, string> = { ar: "Arabic", zh: "Chinese", en: "English", fr: "French", ru: "Russian", es: "Spanish" };
