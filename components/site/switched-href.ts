import type { UnLanguage } from "@/lib/i18n/languages";
import { localePath } from "@/lib/i18n/paths";

/** `/fr/events?year=2013` for ("fr", "/events", "year=2013"): the same page and query in another language; home is `/fr`. */
export function switchedHref(locale: UnLanguage, pathname: string, query: string): string {
  return `${localePath(locale, pathname)}${query ? `?${query}` : ""}`;
}
