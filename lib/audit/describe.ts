// Turns audit snapshots into the "field: before → after" lines the Activity page, the history
// panel and conflict messages show. Client-safe and pure: it only reads the JSON it is given.
//
// Snapshots follow one convention (team brief): plain keys, ISO strings for instants, translatable
// text as { en, fr, … }. Anything else still renders, just less prettily.
import { UN_LANGUAGES, type UnLanguage } from "@/lib/i18n/languages";

export interface AuditChange {
  /** Dotted path of the changed value, e.g. "title.fr" or "venue.city". */
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Shown for a missing, null or empty value. */
export const EMPTY_VALUE = "—";

/** Concurrency counters change on every save and say nothing to a reader. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set(["version", "agendaVersion"]);

const LANGUAGE_NAMES: Record<UnLanguage, string> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};

/** English first (it is required everywhere), then the UN order. */
const LANGUAGE_ORDER: readonly UnLanguage[] = ["en", ...UN_LANGUAGES.filter((language) => language !== "en")];

const FIELD_LABELS: Record<string, string> = {
  startsAt: "Starts",
  endsAt: "Ends",
  startsOn: "First day",
  endsOn: "Last day",
  publishAt: "Publish at",
  publishedAt: "Published at",
  cancelledAt: "Cancelled at",
  timeZone: "Time zone",
  isActive: "Active",
  isPrincipal: "Principal document",
  attemptedEmail: "Attempted email",
  countryCode: "Country",
  eventId: "Event",
  meetingId: "Meeting",
  issuedOn: "Issued on",
  fileVersion: "File version",
  originalName: "File name",
  contentType: "File type",
  sizeBytes: "Size (bytes)",
  sha256: "SHA-256",
  uploadedBy: "Uploaded by",
};

/** Stored enum values shown as words; unknown upper-case values stay as they are (e.g. "NGO"). */
const VALUE_LABELS: Record<string, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  CANCELLED: "Cancelled",
  ROUNDTABLE: "Round table",
  PLENARY: "Plenary",
  INTERACTIVE_HEARING: "Interactive hearing",
  PANEL: "Panel",
  OTHER: "Other",
  ITEM: "Item",
  BREAK: "Break",
  CHAIR: "Chair",
  MODERATOR: "Moderator",
  SPEAKER: "Speaker",
  ADMIN: "Administrator",
  EDITOR: "Editor",
  REGISTRAR: "Registrar",
  AWAITING_CONFIRMATION: "Awaiting confirmation",
  SUBMITTED: "Submitted",
  APPROVED: "Approved",
  WAITLISTED: "Waitlisted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
  AGENDA: "Agenda",
  BACKGROUND_PAPER: "Background paper",
  REPORT: "Report",
  CONCEPT_NOTE: "Concept note",
  RESOLUTION: "Resolution",
  STATEMENT: "Statement",
};

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === "" || (isObject(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0);
}

/** A { en, fr, … } object: every key a UN language and every value a string. */
function isTranslatable(value: unknown): value is Partial<Record<UnLanguage, string>> {
  if (!isObject(value) || Object.keys(value).length === 0) return false;
  return Object.entries(value).every(([key, text]) => (UN_LANGUAGES as readonly string[]).includes(key) && typeof text === "string");
}

function sameJson(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameJson(a[key], b[key]));
  }
  return a === b;
}

/** "publishAt" → "Publish at", unless the field has its own label. */
export function labelForField(field: string): string {
  const own = FIELD_LABELS[field];
  if (own) return own;
  const words = field
    .replace(/^is(?=[A-Z])/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One value as a short readable text. Instants are shown in UTC ("2013-10-03 14:00 UTC"). */
export function formatAuditValue(value: unknown): string {
  if (isEmpty(value)) return EMPTY_VALUE;
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const instant = ISO_INSTANT.exec(value);
    if (instant) {
      const date = new Date(value);
      if (!Number.isNaN(date.getTime())) return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
    }
    return VALUE_LABELS[value] ?? value;
  }
  if (Array.isArray(value)) return value.map(formatAuditValue).join("; ");
  if (isTranslatable(value)) {
    const language = LANGUAGE_ORDER.find((candidate) => value[candidate] !== undefined);
    return language ? (value[language] ?? EMPTY_VALUE) : EMPTY_VALUE;
  }
  if (isObject(value)) {
    // A list item such as an agenda item or a speaker: its name or title says which one it is.
    for (const key of ["title", "name", "label"]) {
      if (!isEmpty(value[key])) return formatAuditValue(value[key]);
    }
    return Object.entries(value)
      .filter(([key, item]) => !HIDDEN_FIELDS.has(key) && !isEmpty(item))
      .map(([key, item]) => `${labelForField(key)}: ${formatAuditValue(item)}`)
      .join(", ");
  }
  return String(value);
}

function collect(before: unknown, after: unknown, path: string, label: string, out: AuditChange[]): void {
  if (sameJson(before, after)) return;
  const translatable = (isTranslatable(before) || isEmpty(before)) && (isTranslatable(after) || isEmpty(after));
  if (translatable && (isTranslatable(before) || isTranslatable(after))) {
    const texts = { before: isObject(before) ? before : {}, after: isObject(after) ? after : {} };
    for (const language of LANGUAGE_ORDER) {
      collect(texts.before[language], texts.after[language], `${path}.${language}`, `${label} (${LANGUAGE_NAMES[language]})`, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    for (const key of orderedKeys(before, after)) {
      collect(before[key], after[key], `${path}.${key}`, `${label} › ${labelForField(key)}`, out);
    }
    return;
  }
  out.push({ field: path, label, before: formatAuditValue(before), after: formatAuditValue(after) });
}

/** The snapshot's keys in its own order (after first, then keys only the before had). */
function orderedKeys(before: JsonObject, after: JsonObject): string[] {
  return [...new Set([...Object.keys(after), ...Object.keys(before)])].filter((key) => !HIDDEN_FIELDS.has(key));
}

/**
 * The readable differences between two snapshots, one per changed field — and one per language
 * for translatable text ("Title (French)"). Unchanged fields and version counters are omitted.
 * A missing side (creation, deletion) counts as empty.
 */
export function describeChanges(before: unknown, after: unknown): AuditChange[] {
  const out: AuditChange[] = [];
  const beforeObject = isObject(before) ? before : {};
  const afterObject = isObject(after) ? after : {};
  for (const key of orderedKeys(beforeObject, afterObject)) {
    collect(beforeObject[key], afterObject[key], key, labelForField(key), out);
  }
  return out;
}

/** Actions whose wording is not "<verb> <entity>". */
const ACTION_LABELS: Record<string, string> = {
  "auth.sign-in": "Signed in",
  "auth.sign-in.failed": "Failed sign-in",
  "auth.sign-out": "Signed out",
  "auth.sign-out-everywhere": "Signed out everywhere",
  "account.password-change": "Changed own password",
  "account.password-change.failed": "Failed password change",
  "seed.apply": "Loaded seed data",
  "staff.create-first-admin": "Created the first administrator",
  "document.reorder": "Reordered documents",
  "document.file.upload": "Uploaded a document file",
  "document.file.replace": "Replaced a document file",
  "document.file.remove": "Removed a document file",
  "document.file.revert": "Reverted a document file",
  "registration.confirmed": "Registrant confirmed their email",
  "registration.withdrawn": "Registrant withdrew the registration",
  "registration.updated-by-registrant": "Registrant updated the registration",
  "registration.non-objection": "Recorded the non-objection outcome",
  "registration.note": "Added a note to a registration",
  "registration.promote": "Promoted a registration from the waitlist",
  "registration.purge-unconfirmed": "Deleted an unconfirmed registration",
  "registration.viewed": "Viewed a registration",
  "registration.exported": "Exported registrations",
  "registration-period.anonymised": "Anonymised registrations after the retention period",
  "mail.resend": "Queued an email to be sent again",
};

const VERBS: Record<string, string> = {
  create: "Created",
  update: "Updated",
  delete: "Deleted",
  duplicate: "Duplicated",
  publish: "Published",
  unpublish: "Unpublished",
  cancel: "Cancelled",
  "schedule-publication": "Scheduled publication of",
  "cancel-scheduled-publication": "Cancelled scheduled publication of",
  reorder: "Reordered",
  invite: "Invited",
  deactivate: "Deactivated",
  reactivate: "Reactivated",
  "change-role": "Changed the role of",
  "reset-password": "Reset the password of",
  approve: "Approved",
  decline: "Declined",
  waitlist: "Waitlisted",
  upload: "Uploaded",
};

const ENTITIES: Record<string, string> = {
  event: "event",
  meeting: "meeting",
  agenda: "agenda",
  "agenda-item": "agenda item",
  document: "document",
  "document-file": "document file",
  registration: "registration",
  "registration-period": "registration settings",
  staff: "staff account",
  "staff-user": "staff account",
};

/** "meeting.update" → "Updated meeting"; an action it does not know is shown as it is. */
export function describeAction(action: string): string {
  const own = ACTION_LABELS[action];
  if (own) return own;
  const [entity, verb, ...rest] = action.split(".");
  if (rest.length > 0 || entity === undefined || verb === undefined) return action;
  const verbLabel = VERBS[verb];
  const entityLabel = ENTITIES[entity];
  return verbLabel && entityLabel ? `${verbLabel} ${entityLabel}` : action;
}
