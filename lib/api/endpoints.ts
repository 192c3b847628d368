// The API's endpoints as functions from their input to a payload (lib/api/http.ts), shared by the
// route handlers (app/api/v1) and the tests, which validate these very payloads against the
// OpenAPI document.
import "server-only";
import { recordIdSchema, slugSchema } from "@/lib/validation/common";
import { jsonPayload, notFoundPayload, problemPayload, type ApiPayload } from "./http";
import { parseQuery } from "./params";
import { apiUrls } from "./present";
import { presentDocument, presentEvent, presentEventSummary, presentMeeting, presentMeetingSummary, presentState } from "./present";
import { findApiDocument, findApiEvent, findApiMeeting, listApiDocuments, listApiEvents, listApiMeetings, listApiStates } from "./queries";
import {
  documentListQuery,
  meetingListQuery,
  type ApiLinks,
  type DocumentListQuery,
  type MeetingListQuery,
} from "./schemas";

/** Thrown by detail endpoints for an unknown or unpublished resource, so that caches never keep a 404 per hostile slug. */
export class ApiNotFound extends Error {
  constructor(readonly payload: ApiPayload) {
    super("Not found");
    this.name = "ApiNotFound";
  }
}

function pagination(base: string, query: Record<string, string | number | undefined> & { page: number; pageSize: number }, total: number) {
  const totalPages = Math.ceil(total / query.pageSize);
  const at = (page: number) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...query, page })) if (value !== undefined) search.set(name, String(value));
    return `${base}?${search.toString()}`;
  };
  const next = query.page < totalPages ? at(query.page + 1) : null;
  const prev = query.page > 1 ? at(Math.min(query.page - 1, Math.max(totalPages, 1))) : null;
  const links: ApiLinks = { self: at(query.page), next, prev };
  const link = [next && `<${next}>; rel="next"`, prev && `<${prev}>; rel="prev"`, `<${at(1)}>; rel="first"`, `<${at(Math.max(totalPages, 1))}>; rel="last"`]
    .filter(Boolean)
    .join(", ");
  return { meta: { page: query.page, pageSize: query.pageSize, total, totalPages }, links, link };
}

const invalid = (errors: Parameters<typeof problemPayload>[3]) =>
  problemPayload(422, "Invalid query parameters", "One or more query parameters were refused; see errors.", errors);

export async function eventsEndpoint(base: string): Promise<ApiPayload> {
  const urls = apiUrls(base);
  const rows = await listApiEvents();
  return jsonPayload({ data: rows.map((row) => presentEventSummary(row, urls)), meta: { total: rows.length }, links: { self: urls.events() } });
}

export async function eventEndpoint(base: string, slug: string): Promise<ApiPayload> {
  const urls = apiUrls(base);
  const row = slugSchema.safeParse(slug).success ? await findApiEvent(slug) : null;
  if (!row) throw new ApiNotFound(notFoundPayload("No published event has this slug."));
  return jsonPayload({ data: presentEvent(row, urls), links: { self: urls.event(row.slug) } });
}

export async function meetingsEndpoint(base: string, searchParams: URLSearchParams): Promise<ApiPayload> {
  const parsed = parseQuery(searchParams, meetingListQuery);
  if (!parsed.ok) return invalid(parsed.errors);
  const query: MeetingListQuery = parsed.data;
  const urls = apiUrls(base);
  const { rows, total } = await listApiMeetings(query);
  const { meta, links, link } = pagination(urls.meetings(), query, total);
  return jsonPayload({ data: rows.map((row) => presentMeetingSummary(row, urls)), meta, links }, link);
}

export async function meetingEndpoint(base: string, slug: string): Promise<ApiPayload> {
  const urls = apiUrls(base);
  const row = slugSchema.safeParse(slug).success ? await findApiMeeting(slug) : null;
  if (!row) throw new ApiNotFound(notFoundPayload("No published meeting has this slug."));
  return jsonPayload({ data: presentMeeting(row, urls), links: { self: urls.meeting(row.slug) } });
}

export async function documentsEndpoint(base: string, searchParams: URLSearchParams): Promise<ApiPayload> {
  const parsed = parseQuery(searchParams, documentListQuery);
  if (!parsed.ok) return invalid(parsed.errors);
  const query: DocumentListQuery = parsed.data;
  const urls = apiUrls(base);
  const { rows, total } = await listApiDocuments(query);
  const { meta, links, link } = pagination(urls.documents(), query, total);
  return jsonPayload({ data: rows.map((row) => presentDocument(row, urls)), meta, links }, link);
}

export async function documentEndpoint(base: string, id: string): Promise<ApiPayload> {
  const urls = apiUrls(base);
  const row = recordIdSchema.safeParse(id).success ? await findApiDocument(id) : null;
  if (!row) throw new ApiNotFound(notFoundPayload("No published document has this id."));
  return jsonPayload({ data: presentDocument(row, urls), links: { self: urls.document(row.id) } });
}

export async function statesEndpoint(base: string): Promise<ApiPayload> {
  const urls = apiUrls(base);
  const rows = await listApiStates();
  return jsonPayload({ data: rows.map(presentState), meta: { total: rows.length }, links: { self: urls.states() } });
}
