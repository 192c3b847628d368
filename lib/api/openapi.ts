// The OpenAPI 3.1 description of the open-data API, generated from the zod schemas in
// lib/api/schemas.ts (z.toJSONSchema emits JSON Schema 2020-12, the dialect of OpenAPI 3.1), so
// the document cannot describe shapes the handlers do not produce. Served at /api/v1/openapi.json.
import { z } from "zod";
import { apiRegistry, documentListQuery, meetingListQuery } from "./schemas";

export const API_VERSION = "1.0.0";
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** JSON Schema of one zod schema, without the dialect and id keywords a component must not repeat. */
function bare(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema" && key !== "$id"));
}

function queryParameters(shape: Record<string, z.ZodType>) {
  return Object.entries(shape).map(([name, schema]) => {
    const json = bare(z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>);
    const { description, ...rest } = json;
    return { name, in: "query", required: false, description, schema: rest };
  });
}

const jsonContent = (id: string) => ({ "application/json": { schema: ref(id) } });
const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const cachingHeaders = {
  ETag: { description: "Hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" } },
  "Cache-Control": { description: "Public data: shared caches may keep it briefly.", schema: { type: "string" } },
  "X-Generated-At": { description: "When the portal read this answer from its database (answers are cached until staff publish).", schema: { type: "string", format: "date-time" } },
};
const notModified = { description: "Not modified: the If-None-Match ETag is still current.", headers: { ETag: cachingHeaders.ETag } };
const ifNoneMatch = { name: "If-None-Match", in: "header", required: false, description: "An ETag from an earlier response.", schema: { type: "string" } };

function operation(operationId: string, summary: string, responseId: string, options: { parameters?: object[]; paginated?: boolean; notFound?: string } = {}) {
  return {
    get: {
      operationId,
      summary,
      tags: ["Open data"],
      parameters: [...(options.parameters ?? []), ifNoneMatch],
      responses: {
        "200": {
          description: "OK",
          headers: options.paginated
            ? { ...cachingHeaders, Link: { description: "RFC 8288 links to the next, previous, first and last pages.", schema: { type: "string" } } }
            : cachingHeaders,
          content: jsonContent(responseId),
        },
        "304": notModified,
        ...(options.paginated ? { "422": problemResponse("A query parameter was refused; `errors` names it.") } : {}),
        ...(options.notFound ? { "404": problemResponse(options.notFound) } : {}),
      },
    },
  };
}

const pathParameter = (name: string, description: string) => ({ name, in: "path", required: true, description, schema: { type: "string" } });

export function buildOpenApiDocument(baseUrl: string) {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}` });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "HLD Portal open data",
      version: API_VERSION,
      summary: "Events, meetings with their agendas, documents with their language files, and the participating states of the High-Level Dialogue on International Migration and Development.",
      description:
        "Read-only. Only published and cancelled content is returned, never drafts or personal data. Translatable fields are objects holding every language the text exists in. Times are ISO 8601 instants written in the venue's time zone, which each meeting names (`timeZone`). Lists are paginated with `page` and `pageSize` (at most 100); unknown, repeated or invalid query parameters are refused with 422 and a problem body naming them. Responses carry an ETag and a public Cache-Control; CORS is open to every origin.",
      license: { name: "United Nations Terms of Use", url: "https://www.un.org/en/about-us/terms-of-use" },
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    tags: [{ name: "Open data" }],
    paths: {
      "/events": operation("listEvents", "All public events", "EventList"),
      "/events/{slug}": {
        ...operation("getEvent", "One event with its meetings and its own documents", "EventResponse", {
          parameters: [pathParameter("slug", "The event's slug, e.g. hld-2013.")],
          notFound: "No published or cancelled event has this slug.",
        }),
      },
      "/meetings": operation("listMeetings", "Public meetings, in date order", "MeetingList", { parameters: queryParameters(meetingListQuery.shape), paginated: true }),
      "/meetings/{slug}": operation("getMeeting", "One meeting with its agenda (items, times, speakers) and documents", "MeetingResponse", {
        parameters: [pathParameter("slug", "The meeting's slug.")],
        notFound: "No published or cancelled meeting has this slug.",
      }),
      "/documents": operation("listDocuments", "Public documents, newest first", "DocumentList", { parameters: queryParameters(documentListQuery.shape), paginated: true }),
      "/documents/{id}": operation("getDocument", "One document with its language files", "DocumentResponse", {
        parameters: [pathParameter("id", "The document's id.")],
        notFound: "No published document has this id.",
      }),
      "/states": operation("listStates", "The participating states with their names in the six UN languages", "StateList"),
      "/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          tags: ["Open data"],
          responses: { "200": { description: "The OpenAPI 3.1 description of the API.", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
    components: { schemas: Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, bare(schema as Record<string, unknown>)])) },
  };
}
