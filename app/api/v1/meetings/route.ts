// GET /api/v1/meetings: a filtered page of public meetings (lib/api). Query parameters make it per
// request: one findMany and one count, bounded by the validated page size.
import { meetingsEndpoint } from "@/lib/api/endpoints";
import { preflight, respond } from "@/lib/api/http";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return respond(request, await meetingsEndpoint(publicBaseUrl(), new URL(request.url).searchParams));
}

export const OPTIONS = preflight;
