// One language's file of a document, for staff. POST uploads it: a streamed multipart body (field
// "file"), handled in lib/documents/upload.ts. GET/HEAD serve the current file whatever the
// document's status (the preview of a draft links here; the public address refuses drafts). A route handler, not a server action: actions cap bodies at 1 MB
// and buffer them, and /api is outside proxy.ts, which would buffer the body too.
import { serveStaffCurrentDocumentFile } from "@/lib/documents/downloads";
import { receiveDocumentUpload } from "@/lib/documents/upload";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ documentId: string; language: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  return receiveDocumentUpload(request, await context.params);
}

export async function GET(request: Request, context: Context): Promise<Response> {
  return serveStaffCurrentDocumentFile(request, await context.params);
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  return serveStaffCurrentDocumentFile(request, await context.params);
}
