// How the API answers: JSON bodies with an ETag (a hash of the body) and 304 on a matching
// If-None-Match, a public shared-cache Cache-Control, CORS open to every origin (read-only data,
// never credentials), and RFC 9457 problem details for errors.
import { createHash } from "node:crypto";
import type { ParameterError } from "./params";
import type { ApiProblem } from "./schemas";

export const API_CACHE_CONTROL = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";

/** A response before it is sent: the serialised body, so that cached payloads keep their ETag. */
export interface ApiPayload {
  status: number;
  body: string;
  etag: string;
  contentType: string;
  /** RFC 8288 Link header value (pagination), when there is one. */
  link?: string;
  /** When the body was read from the database: sent as X-Generated-At, so a cached answer shows its age. */
  generatedAt: string;
}

const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Link, X-Generated-At",
} as const;

export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

export function jsonPayload(value: unknown, link?: string): ApiPayload {
  const body = JSON.stringify(value);
  return { status: 200, body, etag: etagOf(body), contentType: "application/json; charset=utf-8", generatedAt: new Date().toISOString(), ...(link ? { link } : {}) };
}

export function problemPayload(status: number, title: string, detail: string, errors?: ParameterError[]): ApiPayload {
  const problem: ApiProblem = { type: "about:blank", title, status, detail, ...(errors ? { errors } : {}) };
  const body = JSON.stringify(problem);
  return { status, body, etag: etagOf(body), contentType: "application/problem+json; charset=utf-8", generatedAt: new Date().toISOString() };
}

export const notFoundPayload = (detail: string) => problemPayload(404, "Not Found", detail);

/** RFC 9110 weak comparison of If-None-Match against the current ETag. */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//u, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export function respond(request: Request, payload: ApiPayload): Response {
  const headers = new Headers(CORS_HEADERS);
  if (payload.status !== 200) {
    headers.set("Content-Type", payload.contentType);
    headers.set("Cache-Control", "no-store");
    return new Response(request.method === "HEAD" ? null : payload.body, { status: payload.status, headers });
  }
  headers.set("ETag", payload.etag);
  headers.set("X-Generated-At", payload.generatedAt);
  headers.set("Cache-Control", API_CACHE_CONTROL);
  if (payload.link) headers.set("Link", payload.link);
  if (matches(request.headers.get("if-none-match"), payload.etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", payload.contentType);
  return new Response(request.method === "HEAD" ? null : payload.body, { status: 200, headers });
}

/** CORS preflight (a browser sends one before a request carrying If-None-Match). */
export function preflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
      Allow: "GET, HEAD, OPTIONS",
    },
  });
}
