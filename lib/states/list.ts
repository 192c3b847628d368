// Turns stored participating states (code + status) into the named, alphabetical list the public
// states page shows. Client-safe, so a filter box can reuse it in the browser.
import type { UnLanguage } from "@/lib/i18n/languages";
import { compareCountryNames, countryName } from "./names";

export interface StateRef<Status extends string = string> {
  isoCode: string;
  status: Status;
}

export interface NamedState<Status extends string = string> extends StateRef<Status> {
  name: string;
}

/** The states with their names in `language`, sorted by name with that language's collation. */
export function listStateNames<Status extends string>(
  states: readonly StateRef<Status>[],
  language: UnLanguage,
): NamedState<Status>[] {
  const compare = compareCountryNames(language);
  return states
    .map((state) => ({ isoCode: state.isoCode, status: state.status, name: countryName(state.isoCode, language) }))
    .sort((a, b) => compare(a.name, b.name) || a.isoCode.localeCompare(b.isoCode));
}

/** Case- and accent-insensitive match of a name against a filter typed by a visitor. */
export function matchesStateFilter(name: string, filter: string, language: UnLanguage): boolean {
  const fold = (text: string) => text.toLocaleLowerCase(language).normalize("NFD").replace(/\p{M}/gu, "");
  const needle = fold(filter.trim());
  return needle === "" || fold(name).includes(needle);
}
