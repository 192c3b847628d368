// What the Atom feed reads: the most recently published public meetings and documents (drafts
// never), newest first. Each list is bounded before merging, so the feed costs two small queries.
import "server-only";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/documents/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_EVENT_STATUSES, PUBLIC_MEETING_STATUSES } from "@/lib/meetings/queries";

/** How many entries the feed carries. */
export const FEED_ENTRY_LIMIT = 50;

const feedMeetingSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  event: { select: { title: true } },
} satisfies Prisma.MeetingSelect;

const feedDocumentSelect = {
  id: true,
  symbol: true,
  title: true,
  description: true,
  publishedAt: true,
  updatedAt: true,
  event: { select: { slug: true, title: true } },
  meeting: { select: { slug: true, title: true } },
} satisfies Prisma.DocumentSelect;

export type FeedMeeting = Prisma.MeetingGetPayload<{ select: typeof feedMeetingSelect }>;
export type FeedDocument = Prisma.DocumentGetPayload<{ select: typeof feedDocumentSelect }>;

export async function listFeedItems(limit = FEED_ENTRY_LIMIT): Promise<{ meetings: FeedMeeting[]; documents: FeedDocument[] }> {
  const [meetings, documents] = await Promise.all([
    db.meeting.findMany({
      where: { status: { in: [...PUBLIC_MEETING_STATUSES] }, event: { status: { in: [...PUBLIC_EVENT_STATUSES] } }, publishedAt: { not: null } },
      select: feedMeetingSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
    db.document.findMany({
      where: { ...publicDocumentWhere, publishedAt: { not: null } },
      select: feedDocumentSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
  ]);
  return { meetings, documents };
}
