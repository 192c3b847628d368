"use client";
// Progressive enhancement of the server-rendered states list: the full list is in the HTML, and
// this hides the entries that do not match what the visitor types, announcing the count through a
// polite live region. Without JavaScript the filter box is absent and the whole list shows.
import { useTranslations } from "next-intl";
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { TextInput } from "@/components/ui";

export interface FilterableState {
  isoCode: string;
  name: string;
  observer: boolean;
}

/**
 * Case- and accent-insensitive containment, as lib/states/list.ts's matchesStateFilter does; kept
 * here so that the country-name library (all six languages) stays out of the browser bundle.
 */
const noSubscription = () => () => {};

/** False in the server HTML and during hydration, true once the script runs: the filter needs it. */
function useScriptReady(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

function fold(text: string, locale: string): string {
  return text.toLocaleLowerCase(locale).normalize("NFD").replace(/\p{M}/gu, "");
}

export function StateFilter({ states, locale, observerLabel }: { states: readonly FilterableState[]; locale: string; observerLabel: string }) {
  const t = useTranslations("states");
  const ready = useScriptReady();
  const [filter, setFilter] = useState("");
  const listId = useId();
  const needle = fold(filter.trim(), locale);
  const visible = useMemo(
    () => new Set(states.filter((state) => needle === "" || fold(state.name, locale).includes(needle)).map((state) => state.isoCode)),
    [states, needle, locale],
  );
  if (!ready) return <StateList states={states} observerLabel={observerLabel} label={t("listLabel")} />;
  return (
    <div>
      <search className="states-filter">
        <TextInput
          name="state-filter"
          type="search"
          label={t("filterLabel")}
          hint={t("filterHint")}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          aria-controls={listId}
          autoComplete="off"
        />
        <p className="states-filter__status" role="status" aria-live="polite">
          {t("filterResult", { shown: visible.size, total: states.length })}
        </p>
      </search>
      <StateList id={listId} states={states} visible={visible} observerLabel={observerLabel} label={t("listLabel")} />
    </div>
  );
}

export function StateList({
  id,
  states,
  visible,
  observerLabel,
  label,
}: {
  id?: string;
  states: readonly FilterableState[];
  visible?: ReadonlySet<string>;
  observerLabel: string;
  label: string;
}) {
  return (
    <ul id={id} className="states-list" aria-label={label}>
      {states.map((state) => (
        <li key={state.isoCode} hidden={visible ? !visible.has(state.isoCode) : undefined}>
          {state.name}
          {state.observer ? <span className="muted"> ({observerLabel})</span> : null}
        </li>
      ))}
    </ul>
  );
}
