// Client-safe schemas of the staff meeting forms and of the meetings list's URL state, shared by
// the forms (zodResolver) and the server actions and queries (safeParse).
import { z } from "zod";
import { isRealLocalValue, LOCAL_DATE_TIME, LOCAL_DAY } from "@/lib/time/zoned";
import { recordIdSchema, titleSchema, versionSchema } from "@/lib/validation/common";

export const MEETING_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  CANCELLED: "Cancelled",
};

/**
 * The meeting edit form. Dates are wall-clock values at the venue: "YYYY-MM-DD" for all-day
 * meetings (first and last day, inclusive), "YYYY-MM-DDTHH:mm" otherwise. Both empty means the
 * sources give no date (e.g. the 2006 round tables).
 */
export const meetingFormSchema = z
  .object({
    id: recordIdSchema,
    version: versionSchema,
    titleEn: titleSchema("English title"),
    allDay: z.boolean(),
    startsAt: z.string().trim().max(16),
    endsAt: z.string().trim().max(16),
    status: z.enum(MEETING_STATUSES, { error: "Choose a status." }),
  })
  .superRefine((value, ctx) => {
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
  });

export type MeetingFormInput = z.input<typeof meetingFormSchema>;
export type MeetingFormValues = z.output<typeof meetingFormSchema>;

export const publishMeetingSchema = z.object({ id: recordIdSchema, version: versionSchema });
export type PublishMeetingInput = z.input<typeof publishMeetingSchema>;

/** Columns the meetings list may be sorted by on the server (a whitelist, never a raw field name). */
export const MEETING_SORT_COLUMNS = ["startsAt", "status", "kind", "slug", "updatedAt"] as const;
export type MeetingSortColumn = (typeof MEETING_SORT_COLUMNS)[number];
export const MEETING_PAGE_SIZES = [10, 25, 50, 100] as const;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The meetings list's state as it lives in the URL (?page=2&size=25&sort=startsAt&dir=desc&q=…).
 * Anything malformed falls back to the default rather than failing the page.
 */
export const meetingListParamsSchema = z.object({
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000)).catch(1),
  size: z
    .preprocess(firstValue, z.coerce.number().int())
    .pipe(z.union(MEETING_PAGE_SIZES.map((size) => z.literal(size))))
    .catch(25),
  sort: z.preprocess(firstValue, z.enum(MEETING_SORT_COLUMNS)).catch("startsAt"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"])).catch("asc"),
  q: z.preprocess(firstValue, z.string().trim().max(100)).catch(""),
});

export type MeetingListParams = z.output<typeof meetingListParamsSchema>;

/** The URL query string for list state, omitting defaults so that links stay short. */
export function meetingListQuery(params: MeetingListParams): string {
  const search = new URLSearchParams();
  if (params.page !== 1) search.set("page", String(params.page));
  if (params.size !== 25) search.set("size", String(params.size));
  if (params.sort !== "startsAt") search.set("sort", params.sort);
  if (params.dir !== "asc") search.set("dir", params.dir);
  if (params.q !== "") search.set("q", params.q);
  const query = search.toString();
  return query === "" ? "" : `?${query}`;
}
