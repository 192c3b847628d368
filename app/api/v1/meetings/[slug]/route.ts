// GET /api/v1/meetings/[slug]: one meeting with its agenda and documents (lib/api); 404 problem when not public.
import { cachedMeeting } from "@/lib/api/cached";
import { ApiNotFound } from "@/lib/api/endpoints";
import { preflight, respond } from "@/lib/api/http";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const { slug } = await context.params;
  try {
    return respond(request, await cachedMeeting(slug));
  } catch (error) {
    if (error instanceof ApiNotFound) return respond(request, error.payload);
    throw error;
  }
}

export const OPTIONS = preflight;
