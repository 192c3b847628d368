// GET /api/v1/documents/[id]: one document with its language files (lib/api); 404 problem when not public.
import { cachedDocument } from "@/lib/api/cached";
import { ApiNotFound } from "@/lib/api/endpoints";
import { preflight, respond } from "@/lib/api/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const { id } = await context.params;
  try {
    return respond(request, await cachedDocument(id));
  } catch (error) {
    if (error instanceof ApiNotFound) return respond(request, error.payload);
    throw error;
  }
}

export const OPTIONS = preflight;
