// Upload of one language's file of a document: a streamed multipart body (field "file"), handled
// in lib/documents/upload.ts. A route handler, not a server action: actions cap bodies at 1 MB
// and buffer them, and /api is outside proxy.ts, which would buffer the body too.
import { receiveDocumentUpload } from "@/lib/documents/upload";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ documentId: string; language: string }> };

export async function POST(request: Request, context: Context): Promise<Response> {
  return receiveDocumentUpload(request, await context.params);
}
