// The generated OpenAPI document is valid OpenAPI 3.1 (checked by @readme/openapi-parser, a
// maintained validator) and describes every endpoint, parameter and error the handlers produce.
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { preflight, problemPayload, respond, jsonPayload } from "./http";
import { buildOpenApiDocument } from "./openapi";
import { parseQuery } from "./params";
import { createResponseValidator } from "./response-validator";
import { documentListQuery, meetingListQuery } from "./schemas";

const document = buildOpenApiDocument("https://hld.example.org");

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result.valid ? [] : result.errors)).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("lists every endpoint under the public server address", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "https://hld.example.org/api/v1" }]);
    expect(Object.keys(document.paths).sort()).toEqual(
      ["/documents", "/documents/{id}", "/events", "/events/{slug}", "/meetings", "/meetings/{slug}", "/openapi.json", "/states"].sort(),
    );
    const names = document.paths["/documents"].get.parameters.map((parameter) => (parameter as { name: string }).name);
    expect(names).toEqual(["kind", "language", "event", "year", "symbol", "page", "pageSize", "If-None-Match"]);
    expect(document.paths["/documents"].get.parameters).toContainEqual(
      expect.objectContaining({ name: "pageSize", schema: expect.objectContaining({ type: "integer", minimum: 1, maximum: 100, default: 20 }) }),
    );
  });

  it("refuses a payload that strays from a schema", () => {
    const check = createResponseValidator(document);
    expect(check("State", { isoCode: "FR", names: { ar: "", zh: "", en: "France", fr: "", ru: "", es: "" }, status: "MEMBER_STATE" })).toEqual([]);
    expect(check("State", { isoCode: "fr", names: {}, status: "MEMBER_STATE" }).length).toBeGreaterThan(0);
    expect(check("DocumentFile", { language: "fr", available: false })).toEqual([]);
    expect(check("DocumentFile", { language: "fr", available: true })).not.toEqual([]);
    expect(check("Problem", JSON.parse(problemPayload(422, "Invalid", "x", [{ parameter: "page", detail: "y" }]).body))).toEqual([]);
  });
});

describe("parseQuery", () => {
  const parse = (query: string) => parseQuery(new URLSearchParams(query), documentListQuery);
  const refused = (query: string) => {
    const result = parse(query);
    return result.ok ? [] : result.errors.map((error) => error.parameter);
  };

  it("applies defaults and converts integers", () => {
    expect(parse("")).toEqual({ ok: true, data: { page: 1, pageSize: 20 } });
    expect(parse("page=3&pageSize=100&year=2013&kind=REPORT&language=ar&symbol=A/RES/68/4")).toEqual({
      ok: true,
      data: { page: 3, pageSize: 100, year: 2013, kind: "REPORT", language: "ar", symbol: "A/RES/68/4" },
    });
  });

  it("names each refused parameter", () => {
    expect(refused("page=0")).toEqual(["page"]);
    expect(refused("page=-1")).toEqual(["page"]);
    expect(refused("page=99999999999999999999")).toEqual(["page"]);
    expect(refused("page=1e3")).toEqual(["page"]);
    expect(refused("page=1.5")).toEqual(["page"]);
    expect(refused("pageSize=101")).toEqual(["pageSize"]);
    expect(refused("page=1&page=2")).toEqual(["page"]);
    expect(refused("kind=report")).toEqual(["kind"]);
    expect(refused("language=de")).toEqual(["language"]);
    expect(refused("event=x'%20OR%201=1--")).toEqual(["event"]);
    expect(refused("evnt=hld-2013")).toEqual(["evnt"]);
    expect(refused("year=20130")).toEqual(["year"]);
    expect(refused(`symbol=${"A".repeat(101)}`)).toEqual(["symbol"]);
    expect(refused("page=x&language=de&__proto__=1")).toEqual(["__proto__", "language", "page"]);
  });

  it("keeps the meetings list to its own parameters", () => {
    const result = parseQuery(new URLSearchParams("kind=REPORT"), meetingListQuery);
    expect(result.ok ? [] : result.errors.map((error) => error.parameter)).toEqual(["kind"]);
  });
});

describe("respond", () => {
  const payload = jsonPayload({ data: [] }, '<http://x/?page=2>; rel="next"');

  it("sends ETag, public Cache-Control, CORS and Link, and 304 for a matching If-None-Match", async () => {
    const response = respond(new Request("http://portal.test/api/v1/events"), payload);
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(payload.etag);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=60, s-maxage=300, stale-while-revalidate=\d+$/);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("link")).toContain('rel="next"');
    expect(await response.json()).toEqual({ data: [] });
    for (const ifNoneMatch of [payload.etag, `W/${payload.etag}`, `"other", ${payload.etag}`, "*"]) {
      const again = respond(new Request("http://portal.test/api/v1/events", { headers: { "If-None-Match": ifNoneMatch } }), payload);
      expect(again.status).toBe(304);
      expect(again.headers.get("etag")).toBe(payload.etag);
      expect(await again.text()).toBe("");
    }
    expect(respond(new Request("http://portal.test/api/v1/events", { headers: { "If-None-Match": '"stale"' } }), payload).status).toBe(200);
  });

  it("sends problems as application/problem+json, never cached", () => {
    const response = respond(new Request("http://portal.test/api/v1/meetings?page=0"), problemPayload(422, "Invalid", "x"));
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("answers CORS preflights", () => {
    const response = preflight();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toBe("If-None-Match");
  });
});
