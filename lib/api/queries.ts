// Database reads of the open-data API. Only published and cancelled events and meetings and
// published documents under public parents (lib/documents/queries.ts publicDocumentWhere) leave
// the database, through explicit selects that hold no personal data (no registrations, no staff).
// Lists run one findMany and one count together, bounded by the validated page size.
import "server-only";
import { db } from "@/lib/db";
import { publicDocumentWhere } from "@/lib/documents/queries";
import { eventSummarySelect } from "@/lib/events/queries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Language } from "@/lib/generated/prisma/enums";
import { PUBLIC_EVENT_STATUSES, PUBLIC_MEETING_STATUSES } from "@/lib/meetings/queries";
import type { DocumentListQuery, MeetingListQuery } from "./schemas";

const publicEvent = { status: { in: [...PUBLIC_EVENT_STATUSES] } } satisfies Prisma.EventWhereInput;
const publicMeeting = { status: { in: [...PUBLIC_MEETING_STATUSES] }, event: publicEvent } satisfies Prisma.MeetingWhereInput;

export const apiDocumentSelect = {
  id: true,
  kind: true,
  symbol: true,
  title: true,
  description: true,
  issuedOn: true,
  isPrincipal: true,
  languages: true,
  event: { select: { slug: true, title: true } },
  meeting: { select: { slug: true, title: true } },
  files: {
    where: { isCurrent: true },
    select: { language: true, contentType: true, sizeBytes: true, sha256: true, createdAt: true },
  },
} satisfies Prisma.DocumentSelect;
export type ApiDocumentRow = Prisma.DocumentGetPayload<{ select: typeof apiDocumentSelect }>;

export const apiMeetingSummarySelect = {
  id: true,
  slug: true,
  kind: true,
  title: true,
  status: true,
  startsAt: true,
  endsAt: true,
  allDay: true,
  timeZone: true,
  event: { select: { slug: true, title: true } },
} satisfies Prisma.MeetingSelect;
export type ApiMeetingSummaryRow = Prisma.MeetingGetPayload<{ select: typeof apiMeetingSummarySelect }>;

// The same shape as the public event lists: the API and the pages cannot drift.
export type ApiEventSummaryRow = Prisma.EventGetPayload<{ select: typeof eventSummarySelect }>;

const meetingOrder = [{ startsAt: { sort: "asc", nulls: "last" } }, { position: "asc" }, { slug: "asc" }] satisfies Prisma.MeetingOrderByWithRelationInput[];
const documentOrder = [{ position: "asc" }, { id: "asc" }] satisfies Prisma.DocumentOrderByWithRelationInput[];

/** Every public event, by first day (an undated event counts from 1 January of its year). */
export async function listApiEvents(): Promise<ApiEventSummaryRow[]> {
  return db.event.findMany({
    where: publicEvent,
    select: eventSummarySelect,
    orderBy: [{ startsOn: { sort: "asc", nulls: "first" } }, { year: "asc" }, { slug: "asc" }],
  });
}

const apiEventDetailSelect = {
  ...eventSummarySelect,
  cancellationNotice: true,
  meetings: { where: { status: { in: [...PUBLIC_MEETING_STATUSES] } }, select: apiMeetingSummarySelect, orderBy: meetingOrder },
  documents: { where: { ...publicDocumentWhere, meetingId: null }, select: apiDocumentSelect, orderBy: documentOrder },
} satisfies Prisma.EventSelect;
export type ApiEventRow = Prisma.EventGetPayload<{ select: typeof apiEventDetailSelect }>;

export async function findApiEvent(slug: string): Promise<ApiEventRow | null> {
  return db.event.findFirst({ where: { slug, ...publicEvent }, select: apiEventDetailSelect });
}

function yearRange(year: number): { gte: Date; lt: Date } {
  return { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };
}

/** A page of public meetings; `year` matches the meeting's start, or its event's year when undated. */
export async function listApiMeetings(query: MeetingListQuery): Promise<{ rows: ApiMeetingSummaryRow[]; total: number }> {
  const where: Prisma.MeetingWhereInput = {
    ...publicMeeting,
    ...(query.event === undefined ? {} : { event: { ...publicEvent, slug: query.event } }),
    ...(query.year === undefined ? {} : { OR: [{ startsAt: yearRange(query.year) }, { startsAt: null, event: { year: query.year } }] }),
  };
  const [rows, total] = await Promise.all([
    db.meeting.findMany({ where, select: apiMeetingSummarySelect, orderBy: meetingOrder, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.meeting.count({ where }),
  ]);
  return { rows, total };
}

const apiMeetingDetailSelect = {
  ...apiMeetingSummarySelect,
  summary: true,
  venue: true,
  cancellationNotice: true,
  agendaItems: {
    select: {
      kind: true,
      startsAt: true,
      endsAt: true,
      title: true,
      description: true,
      speakers: { select: { role: true, name: true, function: true, organisation: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  },
  documents: { where: publicDocumentWhere, select: apiDocumentSelect, orderBy: documentOrder },
} satisfies Prisma.MeetingSelect;
export type ApiMeetingRow = Prisma.MeetingGetPayload<{ select: typeof apiMeetingDetailSelect }>;

export async function findApiMeeting(slug: string): Promise<ApiMeetingRow | null> {
  return db.meeting.findFirst({ where: { slug, ...publicMeeting }, select: apiMeetingDetailSelect });
}

/** A page of public documents, newest issue first (undated last). */
export async function listApiDocuments(query: DocumentListQuery): Promise<{ rows: ApiDocumentRow[]; total: number }> {
  const filters: Prisma.DocumentWhereInput[] = [publicDocumentWhere];
  if (query.kind !== undefined) filters.push({ kind: query.kind });
  if (query.language !== undefined) filters.push({ languages: { has: query.language.toUpperCase() as Language } });
  if (query.event !== undefined) filters.push({ OR: [{ event: { slug: query.event } }, { meeting: { event: { slug: query.event } } }] });
  if (query.year !== undefined) filters.push({ issuedOn: yearRange(query.year) });
  // Prisma runs a case-insensitive `equals` as ILIKE: escape its wildcards so "%" is not "any symbol".
  if (query.symbol !== undefined) filters.push({ symbol: { equals: query.symbol.trim().replace(/[\\%_]/gu, "\\$&"), mode: "insensitive" } });
  const where: Prisma.DocumentWhereInput = { AND: filters };
  const [rows, total] = await Promise.all([
    db.document.findMany({
      where,
      select: apiDocumentSelect,
      orderBy: [{ issuedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.document.count({ where }),
  ]);
  return { rows, total };
}

export async function findApiDocument(id: string): Promise<ApiDocumentRow | null> {
  return db.document.findFirst({ where: { id, ...publicDocumentWhere }, select: apiDocumentSelect });
}

export async function listApiStates(): Promise<Array<{ isoCode: string; status: "MEMBER_STATE" | "OBSERVER_STATE" }>> {
  return db.participatingState.findMany({ select: { isoCode: true, status: true }, orderBy: { isoCode: "asc" } });
}
