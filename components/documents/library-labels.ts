// Human wording of the library's active filters ("Report, Français, HLD 2013, 2013"), for the
// summary above the results and the filtered pages' titles.
import { getTranslations } from "next-intl/server";
import { formatYear } from "@/components/meetings/format";
import type { LibraryChoices } from "@/lib/documents/public-library";
import type { LibraryFilters } from "@/lib/documents/public-filters";
import { LANGUAGE_AUTONYMS } from "@/lib/i18n/languages";
import type { PublicLocale } from "@/lib/i18n/routing";
import { translateText } from "@/lib/i18n/translatable";
import { intlLocale } from "@/components/meetings/format";

/** The active filters as one list in the page's language, or null when none (page aside). */
export async function describeLibraryFilters(filters: LibraryFilters, choices: LibraryChoices, locale: PublicLocale): Promise<string | null> {
  const documents = await getTranslations({ locale, namespace: "documents" });
  const parts: string[] = [];
  if (filters.kind) parts.push(documents(`kind.${filters.kind}`));
  if (filters.language) parts.push(LANGUAGE_AUTONYMS[filters.language]);
  if (filters.event) {
    const event = choices.events.find((candidate) => candidate.slug === filters.event);
    parts.push(event ? translateText(event.title, locale) : filters.event);
  }
  if (filters.year !== null) parts.push(formatYear(filters.year, locale));
  if (parts.length === 0) return null;
  // The narrow list reads as a plain enumeration in every language ("Report, Français",
  // "议程、2013"), where the unit list runs Chinese items together.
  return new Intl.ListFormat(intlLocale(locale), { type: "conjunction", style: "narrow" }).format(parts);
}
