// Public pages never show drafts: every public read (meeting page, event page and list, documents
// lists) leaves out a draft meeting, its documents, and a draft event with its meetings, even
// when the draft is scheduled; once the scheduler publishes it, the same reads show it.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { listOtherPublicDocuments } from "@/lib/documents/queries";
import { getPublicEvent, listPublicEvents } from "@/lib/events/queries";
import { getPublicMeeting } from "@/lib/meetings/queries";
import { publishDueItems } from "@/lib/publishing/scheduler";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("The integration setup provides DATABASE_URL");
const db = createPrismaClient(url, { max: 2 });
const tag = randomUUID().slice(0, 8);
const slug = (name: string) => `hidden-${name}-${tag}`;
let draftMeetingId = "";
let draftEventId = "";

async function publicView() {
  const [meeting, event, events, documents, draftEvent, meetingUnderDraftEvent] = await Promise.all([
    getPublicMeeting(slug("draft-meeting")),
    getPublicEvent(slug("event")),
    listPublicEvents(),
    listOtherPublicDocuments(),
    getPublicEvent(slug("draft-event")),
    getPublicMeeting(slug("meeting-of-draft-event")),
  ]);
  return {
    meetingPage: meeting?.slug ?? null,
    eventMeetings: event?.meetings.map((row) => row.slug) ?? [],
    eventMeetingCount: events.find((row) => row.slug === slug("event"))?._count.meetings,
    listedEvents: events.map((row) => row.slug).filter((name) => name.endsWith(tag)),
    documents: documents.filter((row) => row.meeting?.slug.endsWith(tag) || row.event?.slug.endsWith(tag)).map((row) => (row.title as { en: string }).en),
    draftEventPage: draftEvent?.slug ?? null,
    meetingUnderDraftEvent: meetingUnderDraftEvent?.slug ?? null,
  };
}

beforeAll(async () => {
  const event = await db.event.create({ data: { slug: slug("event"), title: { en: "Event" }, year: 2026, status: "PUBLISHED" }, select: { id: true } });
  await db.meeting.create({ data: { eventId: event.id, slug: slug("public-meeting"), kind: "PLENARY", title: { en: "Public" }, status: "PUBLISHED" } });
  const draft = await db.meeting.create({
    data: {
      eventId: event.id,
      slug: slug("draft-meeting"),
      kind: "ROUNDTABLE",
      title: { en: "Draft round table" },
      status: "DRAFT",
      publishAt: new Date(Date.now() + 3_600_000),
      agendaItems: { create: [{ position: 0, title: { en: "Opening" } }] },
    },
    select: { id: true },
  });
  draftMeetingId = draft.id;
  // A document published ahead of its meeting must wait for the meeting.
  await db.document.create({ data: { kind: "BACKGROUND_PAPER", title: { en: `Paper ${tag}` }, meetingId: draft.id, status: "PUBLISHED" } });
  const draftEvent = await db.event.create({ data: { slug: slug("draft-event"), title: { en: "Draft event" }, year: 2027, status: "DRAFT" }, select: { id: true } });
  draftEventId = draftEvent.id;
  await db.meeting.create({ data: { eventId: draftEvent.id, slug: slug("meeting-of-draft-event"), kind: "PANEL", title: { en: "Under a draft" }, status: "PUBLISHED" } });
});

afterAll(async () => {
  const events = await db.event.findMany({ where: { slug: { endsWith: tag } }, select: { id: true } });
  const eventIds = events.map((event) => event.id);
  const meetings = await db.meeting.findMany({ where: { eventId: { in: eventIds } }, select: { id: true } });
  await db.auditLog.deleteMany({ where: { entityId: { in: [...eventIds, ...meetings.map((meeting) => meeting.id)] } } });
  await db.document.deleteMany({ where: { meetingId: { in: meetings.map((meeting) => meeting.id) } } });
  await db.meeting.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.$disconnect();
});

describe("public reads and drafts", () => {
  it("show no draft meeting, none of its documents, and no draft event or its meetings", async () => {
    expect(await publicView()).toEqual({
      meetingPage: null,
      eventMeetings: [slug("public-meeting")],
      eventMeetingCount: 1,
      listedEvents: [slug("event")],
      documents: [],
      draftEventPage: null,
      meetingUnderDraftEvent: null,
    });
  });

  it("show the meeting and its documents once the scheduler has published it", async () => {
    await db.meeting.update({ where: { id: draftMeetingId }, data: { publishAt: new Date(Date.now() - 1000) } });
    await db.event.update({ where: { id: draftEventId }, data: { publishAt: new Date(Date.now() - 1000) } });
    const published = await publishDueItems(db);
    expect(published.map((item) => item.id).sort()).toEqual([draftMeetingId, draftEventId].sort());

    const view = await publicView();
    expect(view.meetingPage).toBe(slug("draft-meeting"));
    expect(view.eventMeetings.sort()).toEqual([slug("draft-meeting"), slug("public-meeting")].sort());
    expect(view.eventMeetingCount).toBe(2);
    expect(view.documents).toEqual([`Paper ${tag}`]);
    expect(view.draftEventPage).toBe(slug("draft-event"));
    expect(view.meetingUnderDraftEvent).toBe(slug("meeting-of-draft-event"));
  });
});
