// Options of the registrations list's filter selects. Server-side (the country list is long and
// needs the country-name library, which the page has anyway).
import countries from "i18n-iso-countries";
import type { SelectOption } from "@/components/ui";
import {
  ECOSOC_STATUS_LABELS,
  NON_OBJECTION_STATUS_LABELS,
  NON_OBJECTION_STATUSES,
  ORGANISATION_TYPE_LABELS,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
} from "@/lib/registrations/list-params";
import { ECOSOC_STATUSES, ORGANISATION_TYPES } from "@/lib/registrations/schemas";
import { compareCountryNames, countryName, isKnownCountryCode } from "@/lib/states/names";

export const STATUS_OPTIONS: SelectOption[] = REGISTRATION_STATUSES.map((value) => ({ value, label: REGISTRATION_STATUS_LABELS[value] }));
export const TYPE_OPTIONS: SelectOption[] = ORGANISATION_TYPES.map((value) => ({ value, label: ORGANISATION_TYPE_LABELS[value] ?? value }));
export const ECOSOC_OPTIONS: SelectOption[] = ECOSOC_STATUSES.map((value) => ({ value, label: ECOSOC_STATUS_LABELS[value] }));
export const NON_OBJECTION_OPTIONS: SelectOption[] = NON_OBJECTION_STATUSES.map((value) => ({ value, label: NON_OBJECTION_STATUS_LABELS[value] }));

let cachedCountries: SelectOption[] | null = null;

/** Every country by its English (UN) name, alphabetically. */
export function countryOptions(): SelectOption[] {
  if (cachedCountries === null) {
    const compare = compareCountryNames("en");
    cachedCountries = Object.keys(countries.getAlpha2Codes())
      .filter(isKnownCountryCode)
      .map((code) => ({ value: code, label: countryName(code, "en") }))
      .sort((a, b) => compare(a.label, b.label));
  }
  return cachedCountries;
}
