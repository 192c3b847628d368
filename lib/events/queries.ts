// Public reads of events. PUBLISHED and CANCELLED events are public (a cancelled one stays
// visible with its notice); their meetings are listed when PUBLISHED or CANCELLED, never drafts.
import "server-only";
import { cache } from "react";
import type { Db } from "@/lib/database/client";
import { db } from "@/lib/db";
import { previewDocuments, publicDocumentSelect, publicDocumentWhere } from "@/lib/documents/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_EVENT_STATUSES, PUBLIC_MEETING_STATUSES, publicMeetingSummarySelect } from "@/lib/meetings/queries";

/** What a list of public events shows (also the open-data API's event summaries). */
export const eventSummarySelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  year: true,
  startsOn: true,
  endsOn: true,
  venue: true,
  status: true,
  _count: { select: { meetings: { where: { status: { in: [...PUBLIC_MEETING_STATUSES] } } } } },
} satisfies Prisma.EventSelect;

export type PublicEventSummary = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;

/**
 * Order rule for events: by first day; an event whose days are not stated counts from 1 January of
 * its year (so a series known only by year precedes that year's dated sessions); ties by title slug.
 */
export function eventSortKey(event: { startsOn: Date | null; year: number }): number {
  return event.startsOn?.getTime() ?? Date.UTC(event.year, 0, 1);
}

export function compareEvents(a: { startsOn: Date | null; year: number; slug: string }, b: typeof a): number {
  return eventSortKey(a) - eventSortKey(b) || a.slug.localeCompare(b.slug);
}

export const listPublicEvents = cache(async (): Promise<PublicEventSummary[]> => {
  const events = await db.event.findMany({ where: { status: { in: [...PUBLIC_EVENT_STATUSES] } }, select: eventSummarySelect });
  return events.sort(compareEvents);
});

const eventDetailSelect = {
  ...eventSummarySelect,
  cancellationNotice: true,
  meetings: {
    where: { status: { in: [...PUBLIC_MEETING_STATUSES] } },
    select: publicMeetingSummarySelect,
    // Dated meetings in date order, then undated ones in their listed order.
    orderBy: [{ startsAt: { sort: "asc", nulls: "last" } }, { position: "asc" }, { slug: "asc" }],
  },
  documents: {
    where: { ...publicDocumentWhere, meetingId: null },
    select: publicDocumentSelect,
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
} satisfies Prisma.EventSelect;

export type PublicEvent = Prisma.EventGetPayload<{ select: typeof eventDetailSelect }>;

/** The public (published or cancelled) event with this slug, its public meetings and its own documents; null otherwise. */
export const getPublicEvent = cache(async (slug: string): Promise<PublicEvent | null> =>
  db.event.findFirst({ where: { slug, status: { in: [...PUBLIC_EVENT_STATUSES] } }, select: eventDetailSelect }),
);

/**
 * The event with this id in the shape the public page renders, whatever its status (drafts
 * included), with the meetings the public would see: for the staff-only preview. Callers check
 * the staff session; never use it for public pages.
 */
export async function findEventForPreview(client: Db, id: string): Promise<PublicEvent | null> {
  return client.event.findUnique({ where: { id }, select: { ...eventDetailSelect, documents: previewDocuments } });
}
