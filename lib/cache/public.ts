// Public pages are cached (ISR) and must be refreshed when staff change what they show.
// Every staff mutation of public content calls this after its transaction commits.
import "server-only";
import { revalidatePath } from "next/cache";

/** Marks every public page (all locales) stale so the next request renders it anew. */
export function revalidatePublicPages(): void {
  revalidatePath("/[locale]", "layout");
  // Calendars (.ics) and the Atom feed: static route handlers under these folders.
  revalidatePath("/api/calendar", "layout");
  revalidatePath("/api/feeds", "layout");
  // The open-data JSON API (/api/v1): its cached responses carry this folder's implicit tag.
  revalidatePath("/api/v1", "layout");
  // The sitemap (/sitemap.xml, served by the static route handler under this folder).
  revalidatePath("/api/seo", "layout");
}
