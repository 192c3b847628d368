// Writes the seeded events. Each event is one aggregate (the event, its meetings, their documents
// and the event's documents), created in a single nested write when none of its natural keys
// exists yet. An event that exists, even renamed, is staff's: nothing in it is updated, completed
// or re-created, so a meeting or document staff deleted stays deleted.
import { PublicationStatus } from "@/lib/generated/prisma/enums";
import { allDayBounds, calendarDay } from "@/lib/time/zoned";
import { NEW_YORK, SEED_EVENTS, type SeedDocument, type SeedEvent } from "./events";
import type { SeedClient } from "./client";

export interface EventsSeedResult {
  eventsCreated: string[];
  meetingsCreated: number;
  documentsCreated: number;
  /** Why something the sources describe was not created (already there, or a key taken). */
  skipped: string[];
}

function documentData(document: SeedDocument, position: number, publishedAt: Date) {
  return {
    kind: document.kind,
    symbol: document.symbol ?? null,
    title: { en: document.title },
    ...(document.description === undefined ? {} : { description: { en: document.description } }),
    issuedOn: document.issuedOn === undefined ? null : calendarDay(document.issuedOn),
    isPrincipal: document.isPrincipal,
    languages: [...(document.languages ?? [])],
    position,
    status: PublicationStatus.PUBLISHED,
    publishedAt,
  };
}

async function seedEvent(db: SeedClient, event: SeedEvent, publishedAt: Date, result: EventsSeedResult): Promise<void> {
  const meetingSlugs = event.meetings.map((meeting) => meeting.slug);
  const existingEvent = await db.event.findUnique({ where: { slug: event.slug }, select: { id: true } });
  const existingMeetings = await db.meeting.findMany({ where: { slug: { in: meetingSlugs } }, select: { slug: true } });
  if (existingEvent !== null) {
    result.skipped.push(`event ${event.slug}: exists`);
    return;
  }
  if (existingMeetings.length > 0) {
    // Its meetings are there under another event slug: staff renamed the event.
    result.skipped.push(`event ${event.slug}: its meetings exist (${existingMeetings.map((m) => m.slug).join(", ")})`);
    return;
  }
  const symbols = event.documents.flatMap((document) => (document.symbol === undefined ? [] : [document.symbol]));
  const takenSymbols = new Set(
    (await db.document.findMany({ where: { symbol: { in: symbols } }, select: { symbol: true } })).map((d) => d.symbol),
  );
  const eventDocuments = event.documents.filter((document) => {
    if (document.symbol === undefined || !takenSymbols.has(document.symbol)) return true;
    result.skipped.push(`document ${document.symbol}: exists`);
    return false;
  });

  await db.event.create({
    data: {
      slug: event.slug,
      title: { en: event.title },
      ...(event.summary === undefined ? {} : { summary: { en: event.summary } }),
      year: event.year,
      startsOn: event.startsOn === undefined ? null : calendarDay(event.startsOn),
      endsOn: event.endsOn === undefined ? null : calendarDay(event.endsOn),
      status: PublicationStatus.PUBLISHED,
      publishedAt,
      meetings: {
        create: event.meetings.map((meeting, index) => ({
          slug: meeting.slug,
          kind: meeting.kind,
          title: { en: meeting.title },
          position: index + 1,
          ...(meeting.day === undefined ? {} : { ...allDayBounds(meeting.day, NEW_YORK), allDay: true }),
          timeZone: NEW_YORK,
          status: PublicationStatus.PUBLISHED,
          publishedAt,
          documents: {
            create: meeting.documents.map((document, position) => documentData(document, position + 1, publishedAt)),
          },
        })),
      },
      documents: {
        create: eventDocuments.map((document, position) => documentData(document, position + 1, publishedAt)),
      },
    },
  });
  result.eventsCreated.push(event.slug);
  result.meetingsCreated += event.meetings.length;
  result.documentsCreated +=
    eventDocuments.length + event.meetings.reduce((sum, meeting) => sum + meeting.documents.length, 0);
}

export async function seedEvents(
  db: SeedClient,
  publishedAt: Date,
  events: readonly SeedEvent[] = SEED_EVENTS,
): Promise<EventsSeedResult> {
  const result: EventsSeedResult = { eventsCreated: [], meetingsCreated: 0, documentsCreated: 0, skipped: [] };
  // In order, not in parallel: they share one transaction's connection.
  for (const event of events) await seedEvent(db, event, publishedAt, result);
  return result;
}
