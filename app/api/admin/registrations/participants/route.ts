// Staff export of a period's participant list for badges as CSV or XLSX (registrations:export).
import { serveParticipantsExport } from "@/lib/registrations/export-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return serveParticipantsExport(request);
}
