// Client-safe schemas of the staff event forms and of the events list's URL state, shared by the
// forms (zodResolver) and the server actions and queries (safeParse).
import { z } from "zod";
import { MEETING_STATUSES, MEETING_STATUS_LABELS, pageSlugSchema } from "@/lib/meetings/schemas";
import { isRealLocalValue, LOCAL_DAY } from "@/lib/time/zoned";
import { recordIdSchema, translatableTextSchema, versionSchema } from "@/lib/validation/common";
import { defineListParams, enumFilter, intFilter } from "@/lib/validation/list-params";

/** Events share the meetings' publication states (draft → published → cancelled). */
export const EVENT_STATUSES = MEETING_STATUSES;
export const EVENT_STATUS_LABELS = MEETING_STATUS_LABELS;

export const MIN_EVENT_YEAR = 1990;
export const MAX_EVENT_YEAR = 2100;

const dayField = z.string().trim().max(10);

/** The fields staff edit on an event; days are calendar days at the venue, both or neither. */
const eventFields = {
  slug: pageSlugSchema,
  year: z
    .number({ error: "Enter the year." })
    .int("Enter the year.")
    .min(MIN_EVENT_YEAR, `Enter a year from ${MIN_EVENT_YEAR}.`)
    .max(MAX_EVENT_YEAR, `Enter a year up to ${MAX_EVENT_YEAR}.`),
  startsOn: dayField,
  endsOn: dayField,
  title: translatableTextSchema("title"),
  summary: translatableTextSchema("summary", { max: 5000, optional: true }),
  venue: translatableTextSchema("venue", { max: 300, optional: true }),
};

export const EVENT_FORM_FIELDS = ["slug", "year", "startsOn", "endsOn", "title", "summary", "venue"] as const;

function checkDays(value: { year: number; startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  for (const field of ["startsOn", "endsOn"] as const) {
    const text = value[field];
    if (text !== "" && (!LOCAL_DAY.test(text) || !isRealLocalValue(text))) {
      ctx.addIssue({ code: "custom", path: [field], message: "Enter a date." });
    }
  }
  if ((value.startsOn === "") !== (value.endsOn === "")) {
    ctx.addIssue({ code: "custom", path: [value.startsOn === "" ? "startsOn" : "endsOn"], message: "Give both the first and the last day, or neither." });
  }
  if (value.startsOn !== "" && value.endsOn !== "" && value.endsOn < value.startsOn) {
    ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The last day cannot be before the first day." });
  }
  if (LOCAL_DAY.test(value.startsOn) && Number(value.startsOn.slice(0, 4)) !== value.year) {
    ctx.addIssue({ code: "custom", path: ["year"], message: "The year must be the year of the first day." });
  }
}

export const newEventSchema = z.object(eventFields).superRefine(checkDays);
export type NewEventInput = z.input<typeof newEventSchema>;
export type NewEventValues = z.output<typeof newEventSchema>;

export const eventFormSchema = z.object({ id: recordIdSchema, version: versionSchema, ...eventFields }).superRefine(checkDays);
export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;

export const eventVersionSchema = z.object({ id: recordIdSchema, version: versionSchema });
export type EventVersionInput = z.input<typeof eventVersionSchema>;

export const cancelEventSchema = z.object({
  id: recordIdSchema,
  version: versionSchema,
  notice: translatableTextSchema("cancellation notice", { max: 2000 }),
});
export type CancelEventInput = z.input<typeof cancelEventSchema>;

export const eventListParams = defineListParams({
  sortColumns: ["year", "slug", "status", "updatedAt"],
  defaultSort: "year",
  defaultDir: "desc",
  filters: { status: enumFilter(EVENT_STATUSES), year: intFilter(MIN_EVENT_YEAR, MAX_EVENT_YEAR) },
});
export type EventListParams = ReturnType<typeof eventListParams.parse>;
