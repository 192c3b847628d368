// The agenda editor's one schema, shared by the form (zodResolver) and saveAgendaAction
// (parseInput): the whole agenda is saved at once, replacing the meeting's items and speakers.
// Times are wall-clock values at the venue ("YYYY-MM-DDTHH:mm", or "" when not known). The
// schema is built for the meeting's days, so that both sides reject the same times.
import { z } from "zod";
import type { AgendaBounds } from "@/lib/agenda/bounds";
import { isRealLocalValue, LOCAL_DATE_TIME } from "@/lib/time/zoned";
import { personNameSchema, recordIdSchema, translatableFormValue, translatableTextSchema, versionSchema } from "@/lib/validation/common";

export const AGENDA_ITEM_KINDS = ["ITEM", "BREAK"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const SPEAKER_ROLES = ["CHAIR", "MODERATOR", "SPEAKER"] as const;
export type SpeakerRole = (typeof SPEAKER_ROLES)[number];

export const SPEAKER_ROLE_LABELS: Record<SpeakerRole, string> = {
  CHAIR: "Chair",
  MODERATOR: "Moderator",
  SPEAKER: "Speaker",
};

export const MAX_AGENDA_ITEMS = 100;
export const MAX_SPEAKERS_PER_ITEM = 40;

const localTimeSchema = z
  .string()
  .trim()
  .max(16)
  .refine((value) => value === "" || (LOCAL_DATE_TIME.test(value) && isRealLocalValue(value)), "Enter a date and time.");

export const agendaSpeakerSchema = z.object({
  role: z.enum(SPEAKER_ROLES, { error: "Choose a role." }),
  name: personNameSchema,
  // Usually English only; other languages, when stored, travel through the form unchanged.
  function: translatableTextSchema("function", { optional: true }),
  organisation: translatableTextSchema("organisation", { optional: true }),
});

export const agendaItemSchema = z.object({
  kind: z.enum(AGENDA_ITEM_KINDS),
  title: translatableTextSchema("title"),
  description: translatableTextSchema("description", { max: 4000, optional: true }),
  startsAt: localTimeSchema,
  endsAt: localTimeSchema,
  speakers: z.array(agendaSpeakerSchema).max(MAX_SPEAKERS_PER_ITEM, `An item has at most ${MAX_SPEAKERS_PER_ITEM} speakers.`),
});

type ItemTimes = { startsAt: string; endsAt: string };

/** Field problems of one item's times: end after start, both inside the meeting's days. */
export function itemTimeIssues(item: ItemTimes, bounds: AgendaBounds | null): Array<{ field: "startsAt" | "endsAt"; message: string }> {
  const issues: Array<{ field: "startsAt" | "endsAt"; message: string }> = [];
  const valid = (value: string) => value !== "" && LOCAL_DATE_TIME.test(value) && isRealLocalValue(value);
  if (item.endsAt !== "" && item.startsAt === "") issues.push({ field: "startsAt", message: "Give the start time too, or clear the end." });
  if (valid(item.startsAt) && valid(item.endsAt) && item.endsAt <= item.startsAt) {
    issues.push({ field: "endsAt", message: "The end must be after the start." });
  }
  if (bounds) {
    const outside = `Times must fall within the meeting's days (${bounds.label}).`;
    if (valid(item.startsAt) && (item.startsAt < bounds.dayStart || item.startsAt >= bounds.dayEnd)) issues.push({ field: "startsAt", message: outside });
    if (valid(item.endsAt) && (item.endsAt <= bounds.dayStart || item.endsAt > bounds.dayEnd)) issues.push({ field: "endsAt", message: outside });
  }
  return issues;
}

/** The agenda form for a meeting with these bounds (null: an undated meeting, times unchecked). */
export function agendaFormSchema(bounds: AgendaBounds | null) {
  return z
    .object({
      meetingId: recordIdSchema,
      agendaVersion: versionSchema,
      items: z.array(agendaItemSchema).max(MAX_AGENDA_ITEMS, `An agenda has at most ${MAX_AGENDA_ITEMS} items.`),
    })
    .superRefine((value, ctx) => {
      value.items.forEach((item, index) => {
        for (const issue of itemTimeIssues(item, bounds)) {
          ctx.addIssue({ code: "custom", path: ["items", index, issue.field], message: issue.message });
        }
        if (item.kind === "BREAK" && item.speakers.length > 0) {
          ctx.addIssue({ code: "custom", path: ["items", index, "speakers"], message: "A break has no speakers." });
        }
      });
    });
}

/** Just enough of the input to find the meeting before the full, bounded schema is built. */
export const agendaTargetSchema = z.object({ meetingId: recordIdSchema, agendaVersion: versionSchema });

export type AgendaFormInput = z.input<ReturnType<typeof agendaFormSchema>>;
export type AgendaFormValues = z.output<ReturnType<typeof agendaFormSchema>>;
export type AgendaItemInput = AgendaFormInput["items"][number];
export type AgendaSpeakerInput = AgendaItemInput["speakers"][number];

/** A new, empty item (or break) for the form. */
export function emptyAgendaItem(kind: AgendaItemKind, startsAt = ""): AgendaItemInput {
  return {
    kind,
    title: translatableFormValue(kind === "BREAK" ? { en: "Break" } : {}),
    description: translatableFormValue(),
    startsAt,
    endsAt: "",
    speakers: [],
  };
}

export function emptyAgendaSpeaker(role: SpeakerRole = "SPEAKER"): AgendaSpeakerInput {
  return { role, name: "", function: translatableFormValue(), organisation: translatableFormValue() };
}
