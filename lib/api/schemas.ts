// The open-data API's one source of truth: the response shapes and query parameters as zod
// schemas. lib/api/openapi.ts generates the OpenAPI document from them (z.toJSONSchema), the
// handlers type their output with them, and the tests validate real responses against the
// generated document, so the description and the implementation cannot drift.
// Client-safe: no database, no environment.
import { z } from "zod";
import { UN_LANGUAGES } from "@/lib/i18n/languages";

/** Schemas registered here become `components/schemas/{id}` in the OpenAPI document. */
export const apiRegistry = z.registry<{ id: string; description?: string }>();

const DOCUMENT_KINDS = ["AGENDA", "BACKGROUND_PAPER", "REPORT", "CONCEPT_NOTE", "RESOLUTION", "STATEMENT", "OTHER"] as const;
const MEETING_KINDS = ["ROUNDTABLE", "PLENARY", "INTERACTIVE_HEARING", "PANEL", "OTHER"] as const;

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
/** Far beyond any real page; bounds the OFFSET the database is asked for. */
export const MAX_PAGE = 10_000;

const url = z.url();
const isoDate = z.iso.date();
/** An instant written in the venue's time zone, with its offset (e.g. 2013-10-03T10:00:00.000-04:00). */
const zonedDateTime = z.iso.datetime({ offset: true });

export const languageCode = z.enum(UN_LANGUAGES).register(apiRegistry, {
  id: "Language",
  description: "An official UN language, as its BCP 47 code.",
});

export const translatable = z
  .object(Object.fromEntries(UN_LANGUAGES.map((language) => [language, z.string().min(1)])) as Record<(typeof UN_LANGUAGES)[number], z.ZodString>)
  .partial()
  .register(apiRegistry, {
    id: "Translatable",
    description: "A text in every language it exists in, keyed by language code; a missing key means no text in that language.",
  });

export const publicationStatus = z.enum(["PUBLISHED", "CANCELLED"]).register(apiRegistry, {
  id: "PublicationStatus",
  description: "Only published and cancelled content is public; a cancelled item keeps its cancellation notice.",
});

const resourceRef = z.object({ slug: z.string(), title: translatable, url });

export const documentFile = z
  .discriminatedUnion("available", [
    z.object({
      language: languageCode,
      available: z.literal(true),
      url: url.describe("Stable download address: always the current file of this language."),
      contentType: z.string(),
      size: z.int().min(0).describe("Bytes."),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      updatedAt: z.iso.datetime(),
    }),
    z.object({ language: languageCode, available: z.literal(false) }),
  ])
  .register(apiRegistry, {
    id: "DocumentFile",
    description: "A language the document is issued in: its current file, or `available: false` while none is uploaded yet.",
  });

export const document = z
  .object({
    id: z.string(),
    url,
    kind: z.enum(DOCUMENT_KINDS),
    symbol: z.string().nullable().describe("UN document symbol, e.g. A/RES/68/4."),
    title: translatable,
    description: translatable.nullable(),
    issuedOn: isoDate.nullable(),
    isPrincipal: z.boolean(),
    event: resourceRef.nullable(),
    meeting: resourceRef.nullable(),
    files: z.array(documentFile),
  })
  .register(apiRegistry, { id: "Document" });

export const meetingSummary = z
  .object({
    id: z.string(),
    slug: z.string(),
    url,
    kind: z.enum(MEETING_KINDS),
    title: translatable,
    status: publicationStatus,
    startsAt: zonedDateTime.nullable(),
    endsAt: zonedDateTime.nullable(),
    allDay: z.boolean().describe("When true, startsAt and endsAt are the local midnights bounding the days (end exclusive)."),
    timeZone: z.string().describe("IANA time zone of the venue, in which the times are written."),
    event: resourceRef,
  })
  .register(apiRegistry, { id: "MeetingSummary" });

export const speaker = z
  .object({
    role: z.enum(["CHAIR", "MODERATOR", "SPEAKER"]),
    name: z.string(),
    function: translatable.nullable(),
    organisation: translatable.nullable(),
  })
  .register(apiRegistry, { id: "Speaker" });

export const agendaItem = z
  .object({
    kind: z.enum(["ITEM", "BREAK"]),
    startsAt: zonedDateTime.nullable(),
    endsAt: zonedDateTime.nullable(),
    title: translatable,
    description: translatable.nullable(),
    speakers: z.array(speaker),
  })
  .register(apiRegistry, { id: "AgendaItem" });

export const meeting = meetingSummary
  .extend({
    summary: translatable.nullable(),
    venue: translatable.nullable(),
    cancellationNotice: translatable.nullable(),
    agenda: z.array(agendaItem),
    documents: z.array(document),
  })
  .register(apiRegistry, { id: "Meeting" });

export const eventSummary = z
  .object({
    id: z.string(),
    slug: z.string(),
    url,
    title: translatable,
    summary: translatable.nullable(),
    year: z.int(),
    startsOn: isoDate.nullable(),
    endsOn: isoDate.nullable(),
    venue: translatable.nullable(),
    status: publicationStatus,
    meetingCount: z.int().min(0),
  })
  .register(apiRegistry, { id: "EventSummary" });

export const event = eventSummary
  .extend({
    cancellationNotice: translatable.nullable(),
    meetings: z.array(meetingSummary),
    documents: z.array(document).describe("The event's own documents (those of its meetings are listed with each meeting)."),
  })
  .register(apiRegistry, { id: "Event" });

export const state = z
  .object({
    isoCode: z.string().regex(/^[A-Z]{2}$/).describe("ISO 3166-1 alpha-2 code."),
    names: z.object(Object.fromEntries(UN_LANGUAGES.map((language) => [language, z.string()])) as Record<(typeof UN_LANGUAGES)[number], z.ZodString>),
    status: z.enum(["MEMBER_STATE", "OBSERVER_STATE"]),
  })
  .register(apiRegistry, { id: "State" });

export const links = z
  .object({ self: url, next: url.nullable().optional(), prev: url.nullable().optional() })
  .register(apiRegistry, { id: "Links" });

export const pageMeta = z
  .object({ page: z.int().min(1), pageSize: z.int().min(1), total: z.int().min(0), totalPages: z.int().min(0) })
  .register(apiRegistry, { id: "PageMeta" });

const collection = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: z.object({ total: z.int().min(0) }), links });
const paginated = <T extends z.ZodType>(item: T) => z.object({ data: z.array(item), meta: pageMeta, links });
const single = <T extends z.ZodType>(item: T) => z.object({ data: item, links });

export const eventList = collection(eventSummary).register(apiRegistry, { id: "EventList" });
export const eventResponse = single(event).register(apiRegistry, { id: "EventResponse" });
export const meetingList = paginated(meetingSummary).register(apiRegistry, { id: "MeetingList" });
export const meetingResponse = single(meeting).register(apiRegistry, { id: "MeetingResponse" });
export const documentList = paginated(document).register(apiRegistry, { id: "DocumentList" });
export const documentResponse = single(document).register(apiRegistry, { id: "DocumentResponse" });
export const stateList = collection(state).register(apiRegistry, { id: "StateList" });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), detail: z.string() })).optional().describe("One entry per refused query parameter."),
  })
  .register(apiRegistry, { id: "Problem", description: "RFC 9457 problem details (application/problem+json)." });

export type ApiEventList = z.infer<typeof eventList>;
export type ApiEventResponse = z.infer<typeof eventResponse>;
export type ApiEventSummary = z.infer<typeof eventSummary>;
export type ApiMeetingSummary = z.infer<typeof meetingSummary>;
export type ApiMeeting = z.infer<typeof meeting>;
export type ApiDocument = z.infer<typeof document>;
export type ApiState = z.infer<typeof state>;
export type ApiProblem = z.infer<typeof problem>;
export type ApiLinks = z.infer<typeof links>;

// Query parameters. Integers arrive as strings; lib/api/params.ts turns digit strings into numbers
// first, so one numeric schema both parses requests and describes the parameter in the document.
const page = z.int().min(1).max(MAX_PAGE).default(1).describe("Page number, from 1.");
const pageSize = z.int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE).describe("Items per page.");
const year = z.int().min(1945).max(2100).optional().describe("Calendar year.");
const eventSlug = z
  .string()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .optional()
  .describe("Slug of an event, e.g. hld-2013.");

export const meetingListQuery = z.object({ event: eventSlug, year, page, pageSize });
export const documentListQuery = z.object({
  kind: z.enum(DOCUMENT_KINDS).optional().describe("Kind of document."),
  language: z.enum(UN_LANGUAGES).optional().describe("Only documents issued in this language."),
  event: eventSlug,
  year: year.describe("Year of issue."),
  symbol: z.string().min(1).max(100).optional().describe("UN document symbol, exact (case-insensitive), e.g. A/RES/68/4."),
  page,
  pageSize,
});

/** Which query parameters are integers (converted from their digit strings before parsing). */
export const INTEGER_PARAMETERS: ReadonlySet<string> = new Set(["page", "pageSize", "year"]);

export type MeetingListQuery = z.infer<typeof meetingListQuery>;
export type DocumentListQuery = z.infer<typeof documentListQuery>;
