// Loopback endpoint of the cache watcher (lib/publishing/internal-revalidation.ts): revalidates
// this instance's public pages. Only this process can call it; everyone else gets a plain 404,
// whatever the method.
import { revalidatePublicPages } from "@/lib/cache/public";
import { INTERNAL_SECRET_HEADER, isInternalRequest } from "@/lib/publishing/internal-revalidation";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });

export function POST(request: Request): Response {
  if (!isInternalRequest(request.headers.get(INTERNAL_SECRET_HEADER))) return notFound();
  revalidatePublicPages();
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}

export { notFound as GET, notFound as PUT, notFound as PATCH, notFound as DELETE };
