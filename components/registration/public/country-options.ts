// The country select's options: every ISO 3166-1 country the name library knows, named in the
// page's language and sorted as its readers expect. Built on the server and handed to the form.
import countries from "i18n-iso-countries";
import type { SelectOption } from "@/components/ui";
import type { UnLanguage } from "@/lib/i18n/languages";
import { compareCountryNames, countryName, isKnownCountryCode } from "@/lib/states/names";

export function countryOptions(language: UnLanguage): SelectOption[] {
  const compare = compareCountryNames(language);
  return Object.keys(countries.getAlpha2Codes())
    .filter(isKnownCountryCode)
    .map((code) => ({ value: code, label: countryName(code, language) }))
    .sort((a, b) => compare(a.label, b.label));
}
