// /sitemap.xml (rewritten here by next.config.js): every public page in every language.
// A static route handler with ISR, like the calendars and the feed: rendered on its first request,
// then served from cache until staff publish (lib/cache/public.ts) or the backstop passes. The
// dynamic segment is what keeps it out of the build, which has no database and does not know the
// public address (PUBLIC_URL); Next's app/sitemap.ts could only be prerendered or rendered per request.
import { publicBaseUrl } from "@/lib/env";
import { listSitemapPages, sitemapEntries } from "@/lib/seo/sitemap";
import { sitemapXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { file: string }[] {
  return [];
}

export async function GET(_request: Request, context: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await context.params;
  if (file !== "sitemap.xml") return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const xml = sitemapXml(sitemapEntries(await listSitemapPages(), publicBaseUrl()));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
