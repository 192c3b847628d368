// GET /api/v1/openapi.json: the OpenAPI 3.1 description, generated from lib/api/schemas.ts.
import { cachedOpenApi } from "@/lib/api/cached";
import { preflight, respond } from "@/lib/api/http";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return respond(request, await cachedOpenApi());
}

export const OPTIONS = preflight;
