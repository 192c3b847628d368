// Client-safe schemas of the staff meeting forms and of the meetings list's URL state, shared by
// the forms (zodResolver) and the server actions and queries (safeParse).
import { z } from "zod";
import { isRealLocalValue, LOCAL_DATE_TIME, LOCAL_DAY } from "@/lib/time/zoned";
import { recordIdSchema, slugSchema, translatableTextSchema, versionSchema } from "@/lib/validation/common";
import { dayFilter, defineListParams, enumFilter, idFilter } from "@/lib/validation/list-params";

export const MEETING_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  CANCELLED: "Cancelled",
};

export const MEETING_KINDS = ["ROUNDTABLE", "PLENARY", "INTERACTIVE_HEARING", "PANEL", "OTHER"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  ROUNDTABLE: "Round table",
  PLENARY: "Plenary",
  INTERACTIVE_HEARING: "Interactive hearing",
  PANEL: "Panel",
  OTHER: "Other",
};

/** Whether the runtime knows `zone` as an IANA time zone (Intl is the source of truth). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ error: "Enter the venue's time zone." })
  .trim()
  .min(1, "Enter the venue's time zone.")
  .max(64)
  .refine(isTimeZone, "Enter an IANA time zone such as America/New_York or Europe/Zurich (Geneva).");

/** The address part of a public page: required, with a message that says what to type. */
export const pageSlugSchema = z
  .string({ error: "Enter the page address." })
  .trim()
  .min(1, "Enter the page address.")
  .max(120, "The page address has at most 120 characters.")
  .pipe(slugSchema);

/** A slug suggestion for a title: "Round table 3: Migration" → "round-table-3-migration". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/g, "");
}

/**
 * Dates are wall-clock values at the venue: "YYYY-MM-DD" for all-day meetings (first and last
 * day, inclusive), "YYYY-MM-DDTHH:mm" otherwise. Both empty means the sources give no date.
 */
function checkDates(value: { allDay: boolean; startsAt: string; endsAt: string }, ctx: z.RefinementCtx) {
  const pattern = value.allDay ? LOCAL_DAY : LOCAL_DATE_TIME;
  const what = value.allDay ? "a date" : "a date and time";
  for (const field of ["startsAt", "endsAt"] as const) {
    const text = value[field];
    if (text !== "" && (!pattern.test(text) || !isRealLocalValue(text))) {
      ctx.addIssue({ code: "custom", path: [field], message: `Enter ${what}.` });
    }
  }
  if ((value.startsAt === "") !== (value.endsAt === "")) {
    const missing = value.startsAt === "" ? "startsAt" : "endsAt";
    ctx.addIssue({ code: "custom", path: [missing], message: "Give both the start and the end, or neither." });
  }
  // Same-format local values compare correctly as strings.
  if (value.startsAt !== "" && value.endsAt !== "") {
    const endsBeforeStart = value.allDay ? value.endsAt < value.startsAt : value.endsAt <= value.startsAt;
    if (endsBeforeStart) {
      ctx.addIssue({ code: "custom", path: ["endsAt"], message: value.allDay ? "The last day cannot be before the first day." : "The end must be after the start." });
    }
  }
}

/** The fields staff edit on a meeting, shared by the create, duplicate and edit forms. */
const meetingFields = {
  kind: z.enum(MEETING_KINDS, { error: "Choose the kind of meeting." }),
  slug: pageSlugSchema,
  title: translatableTextSchema("title"),
  summary: translatableTextSchema("summary", { max: 5000, optional: true }),
  venue: translatableTextSchema("venue", { max: 300, optional: true }),
  timeZone: timeZoneSchema,
  allDay: z.boolean(),
  startsAt: z.string().trim().max(16),
  endsAt: z.string().trim().max(16),
};

export const MEETING_FORM_FIELDS = ["kind", "slug", "title", "summary", "venue", "timeZone", "allDay", "startsAt", "endsAt"] as const;

/** The edit form of an existing meeting (its status changes through its own buttons). */
export const meetingFormSchema = z.object({ id: recordIdSchema, version: versionSchema, ...meetingFields }).superRefine(checkDates);
export type MeetingFormInput = z.input<typeof meetingFormSchema>;
export type MeetingFormValues = z.output<typeof meetingFormSchema>;

/**
 * A new meeting, always a draft. With `sourceId` it is a duplicate ("the next round table of a
 * series"), and `copyAgenda` also copies the source's agenda items and speakers.
 */
export const newMeetingSchema = z
  .object({
    eventId: z.string({ error: "Choose the event." }).trim().regex(/^[a-z0-9]{20,40}$/, "Choose the event."),
    sourceId: z.union([z.literal(""), recordIdSchema]),
    copyAgenda: z.boolean(),
    ...meetingFields,
  })
  .superRefine(checkDates);
export type NewMeetingInput = z.input<typeof newMeetingSchema>;
export type NewMeetingValues = z.output<typeof newMeetingSchema>;

/** A status change or deletion: the meeting and the version the page was loaded with. */
export const meetingVersionSchema = z.object({ id: recordIdSchema, version: versionSchema });
export type MeetingVersionInput = z.input<typeof meetingVersionSchema>;
/** Kept for callers of the first console version. */
export const publishMeetingSchema = meetingVersionSchema;
export type PublishMeetingInput = MeetingVersionInput;

/** Cancelling: the notice the public page shows instead of hiding the meeting. */
export const cancelMeetingSchema = z.object({
  id: recordIdSchema,
  version: versionSchema,
  notice: translatableTextSchema("cancellation notice", { max: 2000 }),
});
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

/** The meetings list's URL state: sort whitelist, filters (event, kind, status, date range) and search. */
export const meetingListParams = defineListParams({
  sortColumns: ["startsAt", "status", "kind", "slug", "updatedAt"],
  defaultSort: "startsAt",
  filters: {
    event: idFilter,
    kind: enumFilter(MEETING_KINDS),
    status: enumFilter(MEETING_STATUSES),
    from: dayFilter,
    to: dayFilter,
  },
});
export type MeetingListParams = ReturnType<typeof meetingListParams.parse>;
export type MeetingSortColumn = MeetingListParams["sort"];

/**
 * The next name in a series: the last number goes up by one ("Round table 3" → "Round table 4",
 * "hld-2013-roundtable-3" → "hld-2013-roundtable-4"); without a number, " 2" / "-2" is added.
 */
export function nextInSeries(text: string, separator: " " | "-"): string {
  const match = /^(.*?)(\d+)(\D*)$/u.exec(text);
  if (!match) return `${text}${separator}2`;
  const [, head = "", number = "0", tail = ""] = match;
  return `${head}${String(Number(number) + 1).padStart(number.length, "0")}${tail}`;
}
