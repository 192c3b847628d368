// Staff export of the filtered registrations list as CSV or XLSX (registrations:export).
import { serveRegistrationExport } from "@/lib/registrations/export-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return serveRegistrationExport(request);
}
