// What the public calendars read: public (published or cancelled) meetings of public events, never
// drafts, with what a VEVENT needs (version for SEQUENCE, timestamps for LAST-MODIFIED).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_EVENT_STATUSES, PUBLIC_MEETING_STATUSES } from "@/lib/meetings/queries";

export const calendarMeetingSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  venue: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  status: true,
  cancellationNotice: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  event: { select: { status: true } },
} satisfies Prisma.MeetingSelect;

export type CalendarMeeting = Prisma.MeetingGetPayload<{ select: typeof calendarMeetingSelect }>;

const calendarEventSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  venue: true,
  startsOn: true,
  endsOn: true,
  status: true,
  cancellationNotice: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EventSelect;

export type CalendarEvent = Prisma.EventGetPayload<{ select: typeof calendarEventSelect }>;

const publicMeetingWhere = {
  status: { in: [...PUBLIC_MEETING_STATUSES] },
  event: { status: { in: [...PUBLIC_EVENT_STATUSES] } },
} satisfies Prisma.MeetingWhereInput;

const byStart = [{ startsAt: "asc" }, { slug: "asc" }] satisfies Prisma.MeetingOrderByWithRelationInput[];

/** The public meeting with this slug; null when it is a draft, unknown, or under a draft event. */
export async function findCalendarMeeting(slug: string): Promise<CalendarMeeting | null> {
  return db.meeting.findFirst({ where: { ...publicMeetingWhere, slug }, select: calendarMeetingSelect });
}

/** The public event with this slug and its dated public meetings in time order; null when not public. */
export async function findCalendarEvent(slug: string): Promise<{ event: CalendarEvent; meetings: CalendarMeeting[] } | null> {
  const event = await db.event.findFirst({ where: { slug, status: { in: [...PUBLIC_EVENT_STATUSES] } }, select: calendarEventSelect });
  if (!event) return null;
  const meetings = await db.meeting.findMany({
    where: { ...publicMeetingWhere, eventId: event.id, startsAt: { not: null } },
    select: calendarMeetingSelect,
    orderBy: byStart,
  });
  return { event, meetings };
}

/** Every dated public meeting, in time order (undated meetings have no place in a calendar). */
export async function listCalendarMeetings(): Promise<CalendarMeeting[]> {
  return db.meeting.findMany({ where: { ...publicMeetingWhere, startsAt: { not: null } }, select: calendarMeetingSelect, orderBy: byStart });
}
