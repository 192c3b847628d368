// The open-data API against the production server: the served openapi.json validates as OpenAPI
// 3.1, every real response (lists, details, errors) validates against the schemas it publishes,
// caching headers, ETag/304, CORS, and staff publishing refreshing the cached answers.
import { createHash } from "node:crypto";
import { validate } from "@readme/openapi-parser";
import { type APIRequestContext, expect, test } from "@playwright/test";
import { createResponseValidator, type ResponseValidator } from "../../lib/api/response-validator";
import { signInAsAdmin } from "../fixtures/admin-session";
import { createBilingualDocument, deleteDocument, uploadFrenchFileAndPublish } from "../fixtures/meeting-documents";
import { createDraftMeeting, deleteMeeting, PARENT_EVENT } from "../fixtures/draft-meetings";

const CACHE_CONTROL = /^public, max-age=60, s-maxage=300, stale-while-revalidate=\d+$/u;

type OpenApiDocument = Parameters<typeof validate>[0] & Parameters<typeof createResponseValidator>[0] & { servers: unknown };
interface ApiBody {
  data: unknown;
  meta?: Record<string, number>;
  errors?: Array<{ parameter: string }>;
}

async function openApi(request: APIRequestContext): Promise<{ check: ResponseValidator; document: OpenApiDocument }> {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  const document = (await response.json()) as OpenApiDocument;
  return { check: createResponseValidator(document), document };
}

/** GETs `address`, expects `status` and a body valid against the document's `schemaId`. */
async function getValid(request: APIRequestContext, check: ResponseValidator, address: string, schemaId: string, status = 200) {
  const response = await request.get(address, { maxRedirects: 0 });
  expect(response.status(), address).toBe(status);
  expect(response.headers()["content-type"], address).toBe(status === 200 ? "application/json; charset=utf-8" : "application/problem+json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"], address).toBe("*");
  if (status !== 200) expect(response.headers()["cache-control"], address).toBe("no-store");
  const body = (await response.json()) as ApiBody;
  expect(check(schemaId, body), address).toEqual([]);
  return { response, body };
}

test("openapi.json is valid OpenAPI 3.1 naming this server", async ({ request, baseURL }) => {
  const { document } = await openApi(request);
  const result = await validate(structuredClone(document));
  expect(result.valid, result.valid ? "" : JSON.stringify(result.errors)).toBe(true);
  expect(document.servers).toEqual([{ url: `${baseURL}/api/v1` }]);
});

test("every endpoint answers with bodies valid against the published document", async ({ request, baseURL }) => {
  const { check } = await openApi(request);
  const events = await getValid(request, check, "/api/v1/events", "EventList");
  expect(events.body.data).toEqual(expect.arrayContaining([expect.objectContaining({ slug: PARENT_EVENT.slug, url: `${baseURL}/api/v1/events/${PARENT_EVENT.slug}` })]));

  // HLD 2006: several plenary meetings and four round tables.
  const event = await getValid(request, check, "/api/v1/events/hld-2006", "EventResponse");
  const meetings = (event.body.data as { meetings: Array<{ slug: string }> }).meetings;
  expect(meetings.map((meeting) => meeting.slug)).toContain("hld-2006-round-table-1");
  const meeting = await getValid(request, check, `/api/v1/meetings/${meetings[0]!.slug}`, "MeetingResponse");
  expect(meeting.body.data).toMatchObject({ slug: meetings[0]!.slug, timeZone: expect.any(String) });

  const page = await getValid(request, check, "/api/v1/meetings?event=hld-2006&pageSize=1&page=2", "MeetingList");
  expect(page.body.meta).toMatchObject({ page: 2, pageSize: 1, total: meetings.length });
  expect((page.body.data as Array<{ slug: string }>).map((meeting) => meeting.slug)).toEqual([meetings[1]!.slug]);
  expect(page.response.headers().link).toContain(`<${baseURL}/api/v1/meetings?event=hld-2006&page=3&pageSize=1>; rel="next"`);
  expect(page.response.headers().link).toContain(`<${baseURL}/api/v1/meetings?event=hld-2006&page=1&pageSize=1>; rel="prev"`);

  const documents = await getValid(request, check, "/api/v1/documents?pageSize=100", "DocumentList");
  const series = (documents.body.data as Array<{ id: string; title: { en?: string } }>).find((document) => document.title.en?.includes("HLD Series Report"));
  expect(series).toBeDefined();
  const report = await getValid(request, check, `/api/v1/documents/${series!.id}`, "DocumentResponse");
  // Announced in English, French and Spanish, with no file yet.
  expect((report.body.data as { files: unknown[] }).files).toEqual([
    { language: "en", available: false },
    { language: "fr", available: false },
    { language: "es", available: false },
  ]);
  const resolutions = await getValid(request, check, "/api/v1/documents?kind=RESOLUTION&symbol=a/res/58/208", "DocumentList");
  expect((resolutions.body.data as Array<{ symbol: string }>).map((document) => document.symbol)).toEqual(["A/RES/58/208"]);

  const states = await getValid(request, check, "/api/v1/states", "StateList");
  expect(states.body.meta).toEqual({ total: 195 });
  expect((states.body.data as Array<{ isoCode: string; names: object }>).find((state) => state.isoCode === "MX")?.names).toMatchObject({ en: "Mexico", es: "México" });
});

test("errors are problem documents with their status, and other methods are refused", async ({ request }) => {
  const { check } = await openApi(request);
  for (const address of ["/api/v1/events/no-such-event", "/api/v1/meetings/no-such-meeting", "/api/v1/documents/no-such-document", "/api/v1/events/%27%20OR%201%3D1"]) {
    await getValid(request, check, address, "Problem", 404);
  }
  for (const [address, parameter] of [
    ["/api/v1/meetings?page=0", "page"],
    ["/api/v1/meetings?pageSize=101", "pageSize"],
    ["/api/v1/meetings?page=99999999999999999999999", "page"],
    ["/api/v1/documents?language=de", "language"],
    ["/api/v1/documents?kind=REPORT&kind=AGENDA", "kind"],
    ["/api/v1/documents?evnt=hld-2013", "evnt"],
  ] as const) {
    const { body } = await getValid(request, check, address, "Problem", 422);
    expect((body.errors ?? []).map((error) => error.parameter), address).toEqual([parameter]);
  }
  for (const method of ["POST", "PUT", "DELETE", "PATCH"]) {
    const response = await request.fetch("/api/v1/events", { method });
    expect(response.status(), method).toBe(405);
  }
});

test("answers carry a public Cache-Control, an ETag honoured with 304, and open CORS", async ({ request }) => {
  for (const address of ["/api/v1/openapi.json", "/api/v1/events", `/api/v1/events/${PARENT_EVENT.slug}`, "/api/v1/states", "/api/v1/meetings?year=2013", "/api/v1/documents"]) {
    const first = await request.get(address);
    expect(first.status(), address).toBe(200);
    const headers = first.headers();
    expect(headers["cache-control"], address).toMatch(CACHE_CONTROL);
    expect(headers["set-cookie"], address).toBeUndefined();
    expect(headers.etag, address).toMatch(/^"[\w-]+"$/u);
    const again = await request.get(address, { headers: { "If-None-Match": headers.etag! } });
    expect(again.status(), address).toBe(304);
    expect(await again.text(), address).toBe("");
  }
  const preflight = await request.fetch("/api/v1/events", {
    method: "OPTIONS",
    headers: { Origin: "https://data.example.org", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-origin"]).toBe("*");
  expect(preflight.headers()["access-control-allow-headers"]).toBe("If-None-Match");
  expect(preflight.headers()["access-control-allow-credentials"]).toBeUndefined();
});

test("cached answers are refreshed when staff publish, and a document lists its file and its missing language", async ({ browser, request, baseURL }) => {
  test.setTimeout(150_000);
  const { check } = await openApi(request);
  const stamp = Date.now();
  const staff = await signInAsAdmin(browser);
  const meeting = await createDraftMeeting(staff, `API round table ${stamp}`);
  let documentId = "";
  try {
    // Served from the cache: the second answer is the one read for the first.
    const eventAddress = `/api/v1/events/${PARENT_EVENT.slug}`;
    // Another worker's publish may empty the cache between the two requests, so the pair is retried
    // until two answers in a row carry the same generation time.
    let before = await request.get(eventAddress);
    let cachedAt = before.headers()["x-generated-at"];
    await expect(async () => {
      before = await request.get(eventAddress);
      cachedAt = before.headers()["x-generated-at"];
      expect((await request.get(eventAddress)).headers()["x-generated-at"]).toBe(cachedAt);
    }).toPass({ intervals: [200, 500, 1_000], timeout: 15_000 });
    expect(JSON.stringify(await before.json())).not.toContain(meeting.slug);
    expect((await request.get(`/api/v1/meetings/${meeting.slug}`)).status()).toBe(404);

    documentId = await createBilingualDocument(staff, meeting, `API report ${stamp}`);
    const pdf = await uploadFrenchFileAndPublish(staff, meeting, documentId, stamp);

    // Publishing refreshed the cached event: it now lists the meeting, read anew.
    const after = await getValid(request, check, eventAddress, "EventResponse");
    expect(after.response.headers()["x-generated-at"]! > cachedAt!).toBe(true);
    expect((after.body.data as { meetings: Array<{ slug: string }> }).meetings.map((item) => item.slug)).toContain(meeting.slug);

    const published = await getValid(request, check, `/api/v1/meetings/${meeting.slug}`, "MeetingResponse");
    expect((published.body.data as { documents: Array<{ id: string }> }).documents.map((document) => document.id)).toEqual([documentId]);
    const document = await getValid(request, check, `/api/v1/documents/${documentId}`, "DocumentResponse");
    const files = (document.body.data as { files: Array<Record<string, unknown>> }).files;
    expect(files).toEqual([
      { language: "en", available: false },
      {
        language: "fr",
        available: true,
        url: `${baseURL}/files/${documentId}/fr`,
        contentType: "application/pdf",
        size: pdf.length,
        sha256: createHash("sha256").update(pdf).digest("hex"),
        updatedAt: expect.any(String),
      },
    ]);
    const download = await request.get(files[1]!.url as string);
    expect(download.status()).toBe(200);
    expect(createHash("sha256").update(await download.body()).digest("hex")).toBe(files[1]!.sha256);
    const listed = await getValid(request, check, `/api/v1/documents?event=${PARENT_EVENT.slug}&language=fr&pageSize=100`, "DocumentList");
    expect((listed.body.data as Array<{ id: string }>).map((item) => item.id)).toContain(documentId);
  } finally {
    if (documentId) await deleteDocument(staff, documentId);
    await deleteMeeting(staff, meeting);
    await staff.context().close();
  }
});
