// GET /api/v1/events: every public event (lib/api).
import { cachedEvents } from "@/lib/api/cached";
import { preflight, respond } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return respond(request, await cachedEvents());
}

export const OPTIONS = preflight;
