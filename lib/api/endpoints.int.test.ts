// The API endpoints against a real PostgreSQL: every payload (lists, details, errors) validates
// against the generated OpenAPI document; drafts never appear; filters, pagination edges and
// hostile parameters behave as documented.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/testing/test-db";
import { ApiNotFound, documentEndpoint, documentsEndpoint, eventEndpoint, eventsEndpoint, meetingEndpoint, meetingsEndpoint, statesEndpoint } from "./endpoints";
import type { ApiPayload } from "./http";
import { createResponseValidator } from "./response-validator";

const BASE = "http://portal.test";
const db = testDb(2);
const tag = randomUUID().slice(0, 8);
const slug = (name: string) => `${name}-${tag}`;
const check = createResponseValidator();
let documentWithFiles = "";
let draftDocument = "";

/** The payload's body, after checking it against the named schema of the document. */
function valid(payload: ApiPayload, schemaId: string, status = 200) {
  expect(payload.status).toBe(status);
  const body = JSON.parse(payload.body) as Record<string, unknown>;
  expect(check(schemaId, body)).toEqual([]);
  return body as { data: never; meta: Record<string, number>; links: Record<string, string | null>; errors?: Array<{ parameter: string }> };
}

async function notFound(run: () => Promise<ApiPayload>) {
  const error = await run().then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiNotFound);
  return valid((error as ApiNotFound).payload, "Problem", 404);
}

const query = (search: string) => new URLSearchParams(search);

beforeAll(async () => {
  const event = await db.event.create({
    data: { slug: slug("event"), title: { en: "Event", fr: "Événement" }, year: 2013, startsOn: new Date("2013-10-03"), status: "PUBLISHED" },
  });
  await db.event.create({ data: { slug: slug("draft-event"), title: { en: "Draft" }, year: 2013, status: "DRAFT" } });
  const meetings = [];
  for (let index = 0; index < 5; index += 1) {
    meetings.push(
      await db.meeting.create({
        data: {
          eventId: event.id,
          slug: slug(`meeting-${index}`),
          kind: "ROUNDTABLE",
          title: { en: `Round table ${index}`, ar: `مائدة مستديرة ${index}` },
          startsAt: new Date(`2013-10-0${index + 3}T14:00:00Z`),
          endsAt: new Date(`2013-10-0${index + 3}T16:00:00Z`),
          status: index === 4 ? "CANCELLED" : "PUBLISHED",
          cancellationNotice: index === 4 ? { en: "Called off." } : undefined,
        },
      }),
    );
  }
  await db.meeting.create({ data: { eventId: event.id, slug: slug("draft-meeting"), kind: "PANEL", title: { en: "Draft" }, status: "DRAFT" } });
  const first = meetings[0]!;
  await db.agendaItem.create({
    data: {
      meetingId: first.id,
      position: 1,
      title: { en: "Opening", es: "Apertura" },
      startsAt: new Date("2013-10-03T14:00:00Z"),
      speakers: { create: [{ position: 1, role: "CHAIR", name: "A. Chair", organisation: { en: "UN DESA" } }] },
    },
  });
  const document = await db.document.create({
    data: { kind: "REPORT", symbol: `A/68/${tag}`, title: { en: "Report" }, issuedOn: new Date("2013-07-25"), languages: ["EN", "FR"], meetingId: first.id, status: "PUBLISHED" },
  });
  documentWithFiles = document.id;
  await db.documentFile.create({
    data: {
      documentId: document.id,
      language: "EN",
      version: 1,
      isCurrent: true,
      storageKey: `api-test-${tag}`,
      originalName: "report.pdf",
      contentType: "application/pdf",
      sizeBytes: 1234n,
      sha256: "a".repeat(64),
    },
  });
  draftDocument = (await db.document.create({ data: { kind: "REPORT", title: { en: "Draft report" }, eventId: event.id, status: "DRAFT" } })).id;
  await db.document.create({ data: { kind: "AGENDA", title: { en: "Event agenda" }, issuedOn: new Date("2012-01-10"), languages: ["AR"], eventId: event.id, status: "PUBLISHED" } });
  await db.participatingState.createMany({ data: [{ isoCode: "FR" }, { isoCode: "MX" }], skipDuplicates: true });
});

afterAll(async () => {
  const events = await db.event.findMany({ where: { slug: { endsWith: tag } }, select: { id: true } });
  const eventIds = events.map((event) => event.id);
  await db.document.deleteMany({ where: { OR: [{ eventId: { in: eventIds } }, { meeting: { eventId: { in: eventIds } } }] } });
  await db.meeting.deleteMany({ where: { eventId: { in: eventIds } } });
  await db.event.deleteMany({ where: { id: { in: eventIds } } });
  await db.$disconnect();
});

describe("events", () => {
  it("lists public events only, each translatable field with all its languages", async () => {
    const body = valid(await eventsEndpoint(BASE), "EventList");
    const events = body.data as Array<{ slug: string; title: object; meetingCount: number }>;
    expect(events.map((event) => event.slug)).not.toContain(slug("draft-event"));
    expect(events.find((event) => event.slug === slug("event"))).toMatchObject({ title: { en: "Event", fr: "Événement" }, meetingCount: 5 });
  });

  it("gives one event with its public meetings and own documents", async () => {
    const body = valid(await eventEndpoint(BASE, slug("event")), "EventResponse");
    const event = body.data as { meetings: Array<{ slug: string }>; documents: Array<{ title: object }> };
    expect(event.meetings.map((meeting) => meeting.slug)).toEqual([0, 1, 2, 3, 4].map((index) => slug(`meeting-${index}`)));
    expect(event.documents.map((document) => document.title)).toEqual([{ en: "Event agenda" }]);
    expect(body.links.self).toBe(`${BASE}/api/v1/events/${slug("event")}`);
  });

  it("answers 404 problems for drafts, unknown and malformed slugs", async () => {
    for (const wanted of [slug("draft-event"), "nope", "../../etc", "x".repeat(500), "' OR 1=1 --"]) await notFound(() => eventEndpoint(BASE, wanted));
  });
});

describe("meetings", () => {
  it("gives the agenda with zoned times, speakers and documents", async () => {
    const body = valid(await meetingEndpoint(BASE, slug("meeting-0")), "MeetingResponse");
    expect(body.data).toMatchObject({
      timeZone: "America/New_York",
      startsAt: "2013-10-03T10:00:00.000-04:00",
      agenda: [{ title: { en: "Opening", es: "Apertura" }, startsAt: "2013-10-03T10:00:00.000-04:00", speakers: [{ role: "CHAIR", name: "A. Chair", organisation: { en: "UN DESA" } }] }],
      documents: [{ id: documentWithFiles }],
    });
    const cancelled = valid(await meetingEndpoint(BASE, slug("meeting-4")), "MeetingResponse");
    expect(cancelled.data).toMatchObject({ status: "CANCELLED", cancellationNotice: { en: "Called off." } });
    await notFound(() => meetingEndpoint(BASE, slug("draft-meeting")));
  });

  it("pages through an event's meetings with links and totals", async () => {
    const first = valid(await meetingsEndpoint(BASE, query(`event=${slug("event")}&pageSize=2`)), "MeetingList");
    expect(first.meta).toEqual({ page: 1, pageSize: 2, total: 5, totalPages: 3 });
    expect(first.links.prev).toBeNull();
    expect(first.links.next).toBe(`${BASE}/api/v1/meetings?event=${slug("event")}&page=2&pageSize=2`);
    const last = valid(await meetingsEndpoint(BASE, query(`event=${slug("event")}&pageSize=2&page=3`)), "MeetingList");
    expect((last.data as unknown[]).length).toBe(1);
    expect(last.links.next).toBeNull();
    const beyond = valid(await meetingsEndpoint(BASE, query(`event=${slug("event")}&pageSize=2&page=10000`)), "MeetingList");
    expect(beyond.data).toEqual([]);
    expect(beyond.links.prev).toBe(`${BASE}/api/v1/meetings?event=${slug("event")}&page=3&pageSize=2`);
    const filtered = valid(await meetingsEndpoint(BASE, query(`event=${slug("event")}&year=2012`)), "MeetingList");
    expect(filtered.meta.total).toBe(0);
  });

  it("refuses hostile parameters with a problem naming them", async () => {
    for (const [search, parameter] of [
      ["page=-1", "page"],
      ["pageSize=1000000000000000000000", "pageSize"],
      ["page=1&page=2", "page"],
      ["event=%27%3B%20DROP%20TABLE%20meetings%3B--", "event"],
      ["unknown=1", "unknown"],
    ] as const) {
      const body = valid(await meetingsEndpoint(BASE, query(search)), "Problem", 422);
      expect(body.errors?.map((error) => error.parameter)).toEqual([parameter]);
    }
  });
});

describe("documents", () => {
  it("lists each announced language with its file or as not available", async () => {
    const body = valid(await documentEndpoint(BASE, documentWithFiles), "DocumentResponse");
    expect(body.data).toMatchObject({
      symbol: `A/68/${tag}`,
      issuedOn: "2013-07-25",
      meeting: { slug: slug("meeting-0"), url: `${BASE}/api/v1/meetings/${slug("meeting-0")}` },
      files: [
        { language: "en", available: true, url: `${BASE}/files/${documentWithFiles}/en`, contentType: "application/pdf", size: 1234, sha256: "a".repeat(64) },
        { language: "fr", available: false },
      ],
    });
    await notFound(() => documentEndpoint(BASE, draftDocument));
    await notFound(() => documentEndpoint(BASE, "not an id"));
  });

  it("filters by event, kind, language, year and symbol, never showing drafts", async () => {
    const titles = async (search: string) => {
      const body = valid(await documentsEndpoint(BASE, query(`event=${slug("event")}&${search}`)), "DocumentList");
      return (body.data as Array<{ title: { en: string } }>).map((document) => document.title.en);
    };
    expect(await titles("")).toEqual(["Report", "Event agenda"]);
    expect(await titles("kind=AGENDA")).toEqual(["Event agenda"]);
    expect(await titles("language=fr")).toEqual(["Report"]);
    expect(await titles("language=ar")).toEqual(["Event agenda"]);
    expect(await titles("year=2012")).toEqual(["Event agenda"]);
    expect(await titles(`symbol=a/68/${tag}`)).toEqual(["Report"]);
    expect(await titles("symbol=%25")).toEqual([]);
    expect(await titles(`symbol=A_68_${tag}`)).toEqual([]);
  });

  it("refuses bad filters by name", async () => {
    const body = valid(await documentsEndpoint(BASE, query("kind=report&language=xx&year=abc")), "Problem", 422);
    expect(body.errors?.map((error) => error.parameter)).toEqual(["kind", "language", "year"]);
  });
});

describe("states", () => {
  it("names each state in the six languages", async () => {
    const body = valid(await statesEndpoint(BASE), "StateList");
    expect((body.data as Array<{ isoCode: string }>).find((state) => state.isoCode === "FR")).toMatchObject({
      names: { en: "France", fr: "France", es: "Francia", ru: "Франция", zh: "法国", ar: "فرنسا" },
      status: "MEMBER_STATE",
    });
  });
});
