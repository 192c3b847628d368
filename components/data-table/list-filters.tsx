// The filter bar above a staff table: a plain GET form, so filtering works without JavaScript
// and the result is a URL that can be bookmarked and shared (STYLE.md 14). Submitting starts at
// page 1; sort order and page size are kept. "Clear filters" links to the unfiltered list.
import Link from "next/link";
import { Button, Select, TextInput, type SelectOption } from "@/components/ui";

export interface FilterSelect {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly SelectOption[];
  /** The label of the "no filter" option. */
  anyLabel?: string;
}

export interface FilterDate {
  name: string;
  label: string;
  value: string | undefined;
}

export interface ListFiltersProps {
  /** The list's path, e.g. "/admin/meetings". */
  action: string;
  search?: { label: string; value: string; hint?: string; name?: string };
  selects?: readonly FilterSelect[];
  dates?: readonly FilterDate[];
  /** Table state carried over (sort, dir, size); undefined or default values are left out by the caller. */
  keep?: Record<string, string | number | undefined>;
  /** Whether anything is filtered now (shows "Clear filters"). */
  filtered: boolean;
  /** Names the form for assistive technology, e.g. "Filter meetings". */
  label: string;
}

export function ListFilters({ action, search, selects = [], dates = [], keep = {}, filtered, label }: ListFiltersProps) {
  const kept = Object.entries(keep).filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== "");
  const clearQuery = new URLSearchParams(kept.map(([name, value]) => [name, String(value)])).toString();
  return (
    <form className="list-filters" role="search" aria-label={label} method="get" action={action}>
      {search ? (
        <TextInput
          label={search.label}
          name={search.name ?? "q"}
          id={`filter-${search.name ?? "q"}`}
          type="search"
          defaultValue={search.value}
          hint={search.hint}
          maxLength={100}
        />
      ) : null}
      {selects.map((select) => (
        <Select
          key={select.name}
          label={select.label}
          name={select.name}
          id={`filter-${select.name}`}
          defaultValue={select.value ?? ""}
          placeholder={select.anyLabel ?? "Any"}
          options={select.options}
        />
      ))}
      {dates.map((date) => (
        <TextInput key={date.name} label={date.label} name={date.name} id={`filter-${date.name}`} type="date" defaultValue={date.value ?? ""} />
      ))}
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="list-filters__actions">
        <Button type="submit" variant="secondary">
          Apply
        </Button>
        {filtered ? <Link href={clearQuery ? `${action}?${clearQuery}` : action}>Clear filters</Link> : null}
      </div>
    </form>
  );
}
