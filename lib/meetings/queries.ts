// Public reads of meetings. A meeting is public when it is PUBLISHED or CANCELLED (shown with its
// cancellation notice) and its event is public too; drafts never leave the staff console.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { previewDocuments, publicDocumentSelect, publicDocumentWhere } from "@/lib/documents/queries";
import type { Prisma } from "@/lib/generated/prisma/client";

export const PUBLIC_MEETING_STATUSES = ["PUBLISHED", "CANCELLED"] as const;
/** A cancelled event stays public with its notice, like a cancelled meeting. */
export const PUBLIC_EVENT_STATUSES = ["PUBLISHED", "CANCELLED"] as const;

/** What a meeting list shows. */
export const publicMeetingSummarySelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  status: true,
} satisfies Prisma.MeetingSelect;

export type PublicMeetingSummary = Prisma.MeetingGetPayload<{ select: typeof publicMeetingSummarySelect }>;

const meetingDetailSelect = {
  ...publicMeetingSummarySelect,
  summary: true,
  venue: true,
  cancellationNotice: true,
  event: { select: { slug: true, title: true, year: true, status: true } },
  agendaItems: {
    select: {
      id: true,
      kind: true,
      startsAt: true,
      endsAt: true,
      title: true,
      description: true,
      speakers: {
        select: { id: true, role: true, name: true, function: true, organisation: true },
        orderBy: [{ position: "asc" }, { id: "asc" }],
      },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  documents: {
    where: publicDocumentWhere,
    select: publicDocumentSelect,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.MeetingSelect;

export type PublicMeeting = Prisma.MeetingGetPayload<{ select: typeof meetingDetailSelect }>;

/** The public meeting with this slug, with its agenda and documents; null when not public. */
export const getPublicMeeting = cache(async (slug: string): Promise<PublicMeeting | null> =>
  db.meeting.findFirst({
    where: { slug, status: { in: [...PUBLIC_MEETING_STATUSES] }, event: { status: { in: [...PUBLIC_EVENT_STATUSES] } } },
    select: meetingDetailSelect,
  }),
);

/**
 * The meeting with this id in the shape the public page renders, whatever its status (drafts
 * included): for the staff-only preview. Callers check the staff session; never use it for public pages.
 */
export async function findMeetingForPreview(client: Db, id: string): Promise<PublicMeeting | null> {
  return client.meeting.findUnique({ where: { id }, select: { ...meetingDetailSelect, documents: previewDocuments } });
}
