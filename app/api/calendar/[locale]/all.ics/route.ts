// Every public meeting as one iCalendar file (/api/calendar/{locale}/all.ics).
// Static with ISR: rendered on first request, then served from cache until staff publish
// (lib/cache/public.ts) or the backstop below passes. Nothing is prerendered at build (no database there).
import { renderCalendar } from "@/lib/calendar/calendar";
import { calendarResponse, feedNotFound } from "@/lib/calendar/response";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { locale: string }[] {
  return [];
}

export async function GET(_request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await context.params;
  const file = await renderCalendar(locale, { kind: "all" });
  return file ? calendarResponse(file.body, file.fileName) : feedNotFound();
}
