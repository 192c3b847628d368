// GET /api/v1/states: the participating states with their names in the six languages (lib/api).
import { cachedStates } from "@/lib/api/cached";
import { preflight, respond } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return respond(request, await cachedStates());
}

export const OPTIONS = preflight;
