// GET /api/v1/documents: a filtered page of public documents (lib/api). Query parameters make it per
// request: one findMany and one count, bounded by the validated page size.
import { documentsEndpoint } from "@/lib/api/endpoints";
import { preflight, respond } from "@/lib/api/http";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return respond(request, await documentsEndpoint(publicBaseUrl(), new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
