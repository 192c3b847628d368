// Reads for the staff console. Each exported query checks the session itself (STYLE.md 10); the
// `find*` cores take the database client so integration tests can run them directly.
import "server-only";
import { cache } from "react";
import { requireStaff } from "@/lib/auth/session";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { translateText } from "@/lib/i18n/translatable";
import type { MeetingFormValues, MeetingListParams, MeetingSortColumn, MeetingStatus } from "@/lib/meetings/schemas";
import { describeWhen } from "@/lib/meetings/describe-when";
import { addDays, instantToZoned } from "@/lib/time/zoned";

export interface StaffMeetingRow {
  id: string;
  slug: string;
  title: string;
  eventTitle: string;
  kind: string;
  status: MeetingStatus;
  /** Human-readable dates at the venue, e.g. "3 Oct 2013, 10:00–13:00" or "—" when undated. */
  when: string;
  updatedAt: string;
}

export interface StaffMeetingPage {
  rows: StaffMeetingRow[];
  total: number;
  params: MeetingListParams;
}

const KIND_LABELS: Record<string, string> = {
  ROUNDTABLE: "Round table",
  PLENARY: "Plenary",
  INTERACTIVE_HEARING: "Interactive hearing",
  PANEL: "Panel",
  OTHER: "Other",
};

function orderBy(sort: MeetingSortColumn, dir: "asc" | "desc") {
  const tieBreaker = { id: "asc" as const };
  switch (sort) {
    case "startsAt":
      return [{ startsAt: { sort: dir, nulls: "last" as const } }, { position: "asc" as const }, tieBreaker];
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

export async function findStaffMeetings(client: Db, params: MeetingListParams): Promise<StaffMeetingPage> {
  const where =
    params.q === ""
      ? {}
      : {
          OR: [
            { title: { path: ["en"], string_contains: params.q, mode: "insensitive" as const } },
            { slug: { contains: params.q, mode: "insensitive" as const } },
          ],
        };
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
      kind: KIND_LABELS[meeting.kind] ?? meeting.kind,
      status: meeting.status,
      when: describeWhen(meeting.startsAt, meeting.endsAt, meeting.allDay, meeting.timeZone),
      updatedAt: meeting.updatedAt.toISOString(),
    })),
  };
}

export interface StaffMeetingDetail {
  form: MeetingFormValues;
  slug: string;
  eventTitle: string;
  timeZone: string;
  publishedAt: string | null;
}

export async function findStaffMeeting(client: Db, id: string): Promise<StaffMeetingDetail | null> {
  const meeting = await client.meeting.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      startsAt: true,
      endsAt: true,
      allDay: true,
      timeZone: true,
      status: true,
      publishedAt: true,
      version: true,
      event: { select: { title: true } },
    },
  });
  if (!meeting) return null;
  const local = (instant: Date | null) => (instant ? instantToZoned(instant, meeting.timeZone) : "");
  const startsAt = local(meeting.startsAt);
  const endsAt = local(meeting.endsAt);
  return {
    slug: meeting.slug,
    eventTitle: translateText(meeting.event.title, "en"),
    timeZone: meeting.timeZone,
    publishedAt: meeting.publishedAt?.toISOString() ?? null,
    form: {
      id: meeting.id,
      version: meeting.version,
      titleEn: translateText(meeting.title, "en"),
      allDay: meeting.allDay,
      // All-day meetings show their first and last day (the stored end is the next midnight).
      startsAt: meeting.allDay ? startsAt.slice(0, 10) : startsAt,
      endsAt: meeting.allDay && endsAt !== "" ? addDays(endsAt.slice(0, 10), -1) : endsAt,
      status: meeting.status,
    },
  };
}

/** The meetings list page, for any signed-in staff member who may read content. */
export const listStaffMeetings = cache(async (params: MeetingListParams): Promise<StaffMeetingPage> => {
  await requireStaff("content:read");
  return findStaffMeetings(db, params);
});

/** One meeting for the edit page. */
export const getStaffMeeting = cache(async (id: string): Promise<StaffMeetingDetail | null> => {
  await requireStaff("content:read");
  return findStaffMeeting(db, id);
});
