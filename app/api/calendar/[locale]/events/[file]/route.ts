// One public event's iCalendar file (/api/calendar/{locale}/events/{slug}.ics).
// Static with ISR like all.ics: served from cache, refreshed when staff publish.
import { renderCalendar } from "@/lib/calendar/calendar";
import { slugFromIcsSegment } from "@/lib/calendar/paths";
import { calendarResponse, feedNotFound } from "@/lib/calendar/response";

export const dynamic = "force-static";
export const revalidate = 300;

export function generateStaticParams(): { locale: string; file: string }[] {
  return [];
}

export async function GET(_request: Request, context: { params: Promise<{ locale: string; file: string }> }): Promise<Response> {
  const { locale, file } = await context.params;
  const slug = slugFromIcsSegment(file);
  const calendar = slug === null ? null : await renderCalendar(locale, { kind: "event", slug });
  return calendar ? calendarResponse(calendar.body, calendar.fileName) : feedNotFound();
}
