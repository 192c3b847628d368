// Reads for the staff console. Each exported query checks the session itself (STYLE.md 10); the
// `find*` cores take the database client so integration tests can run them directly.
import "server-only";
import { cache } from "react";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { asTranslatable, missingLanguages, translateText } from "@/lib/i18n/translatable";
import type { UnLanguage } from "@/lib/i18n/languages";
import { describeWhen } from "@/lib/meetings/describe-when";
import { MEETING_KIND_LABELS, type MeetingFormInput, type NewMeetingInput, nextInSeries, type MeetingListParams, type MeetingSortColumn, type MeetingStatus } from "@/lib/meetings/schemas";
import { addDays, instantToZoned, zonedToInstant } from "@/lib/time/zoned";
import { translatableFormValue } from "@/lib/validation/common";

export interface StaffMeetingRow {
  id: string;
  slug: string;
  title: string;
  eventTitle: string;
  kind: string;
  status: MeetingStatus;
  /** Human-readable dates at the venue, e.g. "3 Oct 2013, 10:00–13:00" or "—" when undated. */
  when: string;
  /** Languages the title still lacks. */
  missing: UnLanguage[];
  updatedAt: string;
}

export interface StaffMeetingPage {
  rows: StaffMeetingRow[];
  total: number;
  params: MeetingListParams;
}

/** Date-range filters read days at UN Headquarters (where nearly all meetings are held). */
export const FILTER_TIME_ZONE = "America/New_York";

function orderBy(sort: MeetingSortColumn, dir: "asc" | "desc"): Prisma.MeetingOrderByWithRelationInput[] {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "startsAt":
      return [{ startsAt: { sort: dir, nulls: "last" } }, { position: "asc" }, tieBreaker];
    case "status":
      return [{ status: dir }, tieBreaker];
    case "kind":
      return [{ kind: dir }, tieBreaker];
    case "slug":
      return [{ slug: dir }, tieBreaker];
    case "updatedAt":
      return [{ updatedAt: dir }, tieBreaker];
  }
}

export function meetingListWhere(params: MeetingListParams): Prisma.MeetingWhereInput {
  const and: Prisma.MeetingWhereInput[] = [];
  if (params.q !== "") {
    and.push({
      OR: [
        { title: { path: ["en"], string_contains: params.q, mode: "insensitive" } },
        { slug: { contains: params.q, mode: "insensitive" } },
      ],
    });
  }
  if (params.event) and.push({ eventId: params.event });
  if (params.kind) and.push({ kind: params.kind });
  if (params.status) and.push({ status: params.status });
  if (params.from) and.push({ startsAt: { gte: zonedToInstant(params.from, FILTER_TIME_ZONE) } });
  if (params.to) and.push({ startsAt: { lt: zonedToInstant(addDays(params.to, 1), FILTER_TIME_ZONE) } });
  return { AND: and };
}

export async function findStaffMeetings(client: Db, params: MeetingListParams): Promise<StaffMeetingPage> {
  const where = meetingListWhere(params);
  const [meetings, total] = await Promise.all([
    client.meeting.findMany({
      where,
      orderBy: orderBy(params.sort, params.dir),
      skip: (params.page - 1) * params.size,
      take: params.size,
      select: {
        id: true,
        slug: true,
        title: true,
        kind: true,
        status: true,
        startsAt: true,
        endsAt: true,
        allDay: true,
        timeZone: true,
        updatedAt: true,
        event: { select: { title: true } },
      },
    }),
    client.meeting.count({ where }),
  ]);
  return {
    total,
    params,
    rows: meetings.map((meeting) => ({
      id: meeting.id,
      slug: meeting.slug,
      title: translateText(meeting.title, "en"),
      eventTitle: translateText(meeting.event.title, "en"),
      kind: MEETING_KIND_LABELS[meeting.kind],
      status: meeting.status,
      when: describeWhen(meeting.startsAt, meeting.endsAt, meeting.allDay, meeting.timeZone),
      missing: missingLanguages(meeting.title),
      updatedAt: meeting.updatedAt.toISOString(),
    })),
  };
}

export interface StaffMeetingDetail {
  /** The edit form's values: every language present ("" when missing). */
  form: MeetingFormInput & Record<"title" | "summary" | "venue", Record<UnLanguage, string>>;
  eventId: string;
  eventTitle: string;
  eventSlug: string;
  status: MeetingStatus;
  publishedAt: string | null;
  publishAt: string | null;
  cancellationNotice: Record<UnLanguage, string>;
}

/** Wall-clock form values of stored instants (all-day: first and last day, inclusive). */
export function formDates(meeting: { startsAt: Date | null; endsAt: Date | null; allDay: boolean; timeZone: string }) {
  const local = (instant: Date | null) => (instant ? instantToZoned(instant, meeting.timeZone) : "");
  const startsAt = local(meeting.startsAt);
  const endsAt = local(meeting.endsAt);
  return {
    startsAt: meeting.allDay ? startsAt.slice(0, 10) : startsAt,
    // The stored end of an all-day meeting is the next midnight.
    endsAt: meeting.allDay && endsAt !== "" ? addDays(endsAt.slice(0, 10), -1) : endsAt,
  };
}

export async function findStaffMeeting(client: Db, id: string): Promise<StaffMeetingDetail | null> {
  const meeting = await client.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      kind: true,
      title: true,
      summary: true,
      venue: true,
      startsAt: true,
      endsAt: true,
      allDay: true,
      timeZone: true,
      status: true,
      publishedAt: true,
      publishAt: true,
      cancellationNotice: true,
      version: true,
      event: { select: { id: true, slug: true, title: true } },
    },
  });
  if (!meeting) return null;
  return {
    eventId: meeting.event.id,
    eventTitle: translateText(meeting.event.title, "en"),
    eventSlug: meeting.event.slug,
    status: meeting.status,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
    publishAt: meeting.publishAt?.toISOString() ?? null,
    cancellationNotice: translatableFormValue(asTranslatable(meeting.cancellationNotice)),
    form: {
      id: meeting.id,
      version: meeting.version,
      kind: meeting.kind,
      slug: meeting.slug,
      title: translatableFormValue(asTranslatable(meeting.title)),
      summary: translatableFormValue(asTranslatable(meeting.summary)),
      venue: translatableFormValue(asTranslatable(meeting.venue)),
      timeZone: meeting.timeZone,
      allDay: meeting.allDay,
      ...formDates(meeting),
    },
  };
}

/**
 * The new-meeting form prefilled from `sourceId` ("the next round table of a series"): the next
 * title and an unused address in the series, the same texts, kind, venue and zone, no dates yet.
 */
export async function findDuplicateDraft(client: Db, sourceId: string): Promise<NewMeetingInput | null> {
  const source = await findStaffMeeting(client, sourceId);
  if (!source) return null;
  const title = { ...source.form.title, en: source.form.title.en ? nextInSeries(source.form.title.en, " ") : "" };
  let slug = nextInSeries(source.form.slug, "-");
  for (let attempt = 0; attempt < 20 && (await client.meeting.findUnique({ where: { slug }, select: { id: true } })); attempt += 1) {
    slug = nextInSeries(slug, "-");
  }
  return {
    eventId: source.eventId,
    sourceId,
    copyAgenda: true,
    kind: source.form.kind,
    slug,
    title,
    summary: source.form.summary,
    venue: source.form.venue,
    timeZone: source.form.timeZone,
    allDay: source.form.allDay,
    startsAt: "",
    endsAt: "",
  };
}

export interface EventOption {
  value: string;
  label: string;
}

/** Every event, newest first, as choices for the meeting forms and the list's event filter. */
export async function findEventOptions(client: Db): Promise<EventOption[]> {
  const events = await client.event.findMany({ orderBy: [{ year: "desc" }, { slug: "asc" }], select: { id: true, title: true, year: true } });
  return events.map((event) => ({ value: event.id, label: `${translateText(event.title, "en")} (${event.year})` }));
}

/** The meetings list page, for any signed-in staff member who may read content. */
export const listStaffMeetings = cache(async (params: MeetingListParams): Promise<StaffMeetingPage> => {
  await requireStaff("content:read");
  return findStaffMeetings(db, params);
});

/** One meeting for the edit page (and as the source of a duplicate). */
export const getStaffMeeting = cache(async (id: string): Promise<StaffMeetingDetail | null> => {
  await requireStaff("content:read");
  return findStaffMeeting(db, id);
});

export const getDuplicateDraft = cache(async (sourceId: string): Promise<NewMeetingInput | null> => {
  await requireStaff("content:read");
  return findDuplicateDraft(db, sourceId);
});

export const getEventOptions = cache(async (): Promise<EventOption[]> => {
  await requireStaff("content:read");
  return findEventOptions(db);
});
