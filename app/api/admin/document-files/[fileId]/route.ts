// Staff download of any version of a document file (content:read), never cached.
import { serveStaffDocumentFile } from "@/lib/documents/downloads";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ fileId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return serveStaffDocumentFile(request, await context.params);
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  return serveStaffDocumentFile(request, await context.params);
}
