// Client-safe schemas of the publishing actions, shared by the schedule form (zodResolver) and the
// server (parseInput). "Publish at" is typed as a wall-clock time at the venue
// ("YYYY-MM-DDTHH:mm" in the meeting's IANA zone) and stored as an instant.
import { z } from "zod";
import { isRealLocalValue, LOCAL_DATE_TIME, zonedToInstant } from "@/lib/time/zoned";
import { recordIdSchema, versionSchema } from "@/lib/validation/common";

export const PUBLISHABLE_ENTITIES = ["meeting", "event"] as const;
export type PublishableEntity = (typeof PUBLISHABLE_ENTITIES)[number];

export const PUBLICATION_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/**
 * Events have no time zone of their own: their scheduled publication is entered at UN
 * Headquarters, where the dialogue meets (the same default as a meeting's `timeZone`).
 */
export const EVENT_PUBLICATION_TIME_ZONE = "America/New_York";

const entitySchema = z.enum(PUBLISHABLE_ENTITIES, { error: "Unknown kind of record." });

/** Which record, at which version: publish, unpublish, cancel a scheduled publication. */
export const publicationTargetSchema = z.object({ entity: entitySchema, id: recordIdSchema, version: versionSchema });
export type PublicationTargetInput = z.input<typeof publicationTargetSchema>;

/** The venue wall-clock time at which to publish; whether it is in the future is checked with the zone. */
export const publishAtSchema = z
  .string({ error: "Enter the date and time to publish at." })
  .trim()
  .min(1, "Enter the date and time to publish at.")
  .refine((value) => LOCAL_DATE_TIME.test(value) && isRealLocalValue(value), "Enter a date and time.");

export const schedulePublicationSchema = publicationTargetSchema.extend({ publishAt: publishAtSchema });
export type SchedulePublicationInput = z.input<typeof schedulePublicationSchema>;
export type SchedulePublicationValues = z.output<typeof schedulePublicationSchema>;

export const PAST_PUBLISH_AT_MESSAGE = "Choose a time in the future.";

/**
 * The form's schema for one record: the shared schema plus "in the future" at the venue. The
 * client uses it to warn early; the server repeats the check against its own clock.
 */
export function schedulePublicationFormSchema(timeZone: string, now: () => Date = () => new Date()) {
  return schedulePublicationSchema.superRefine((value, ctx) => {
    if (!LOCAL_DATE_TIME.test(value.publishAt) || !isRealLocalValue(value.publishAt)) return;
    if (zonedToInstant(value.publishAt, timeZone).getTime() <= now().getTime()) {
      ctx.addIssue({ code: "custom", path: ["publishAt"], message: PAST_PUBLISH_AT_MESSAGE });
    }
  });
}
