// The Atom feed of newly published meetings and documents (/api/feeds/{locale}/atom.xml).
// Static with ISR: rendered on first request, then served from cache until staff publish
// (lib/cache/public.ts) or the backstop below passes. Nothing is prerendered at build (no database there).
import { atomResponse, feedNotFound } from "@/lib/calendar/response";
import { renderAtomFeed } from "@/lib/feeds/feed";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await context.params;
  const xml = await renderAtomFeed(locale);
  return xml === null ? feedNotFound() : atomResponse(xml);
}
