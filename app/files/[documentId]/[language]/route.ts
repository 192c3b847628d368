// The stable public address of a document in one language: always its current file, 404 while the
// document is not public or the language has no file (lib/documents/downloads.ts).
import { servePublicDocumentFile } from "@/lib/documents/downloads";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ documentId: string; language: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  return servePublicDocumentFile(request, await context.params);
}

export async function HEAD(request: Request, context: Context): Promise<Response> {
  return servePublicDocumentFile(request, await context.params);
}
