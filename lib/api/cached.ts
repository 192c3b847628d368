// The API responses that take no query parameters, kept in Next's data cache: each request only
// looks up the payload and compares ETags (so 304 works), the database is read once per
// refresh. Entries carry the implicit tags of the /api/v1 routes, so revalidatePublicPages()
// (lib/cache/public.ts, revalidatePath("/api/v1", "layout")) refreshes them when staff publish;
// `revalidate` is a backstop. Not-found is thrown, never cached: hostile slugs add no entries.
import "server-only";
import { unstable_cache } from "next/cache";
import { publicBaseUrl } from "@/lib/env";
import { documentEndpoint, eventEndpoint, eventsEndpoint, meetingEndpoint, statesEndpoint } from "./endpoints";
import { jsonPayload, type ApiPayload } from "./http";
import { buildOpenApiDocument } from "./openapi";

const options = { revalidate: 300 };

export const cachedEvents = unstable_cache(async (): Promise<ApiPayload> => eventsEndpoint(publicBaseUrl()), ["api-v1", "events"], options);
export const cachedEvent = unstable_cache(async (slug: string): Promise<ApiPayload> => eventEndpoint(publicBaseUrl(), slug), ["api-v1", "event"], options);
export const cachedMeeting = unstable_cache(async (slug: string): Promise<ApiPayload> => meetingEndpoint(publicBaseUrl(), slug), ["api-v1", "meeting"], options);
export const cachedDocument = unstable_cache(async (id: string): Promise<ApiPayload> => documentEndpoint(publicBaseUrl(), id), ["api-v1", "document"], options);
export const cachedStates = unstable_cache(async (): Promise<ApiPayload> => statesEndpoint(publicBaseUrl()), ["api-v1", "states"], options);
export const cachedOpenApi = unstable_cache(async (): Promise<ApiPayload> => jsonPayload(buildOpenApiDocument(publicBaseUrl())), ["api-v1", "openapi"], options);
