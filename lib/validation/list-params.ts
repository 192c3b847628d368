// The URL state of every staff table (STYLE.md 14): page, page size, sort column, direction,
// search and filters live in the search params, parsed by one zod schema per list. Sort columns
// are a whitelist; page sizes are bounded; anything malformed falls back to its default instead
// of failing the page, so a hand-edited or outdated link still shows a list.
// Client-safe: the table components build their links with `toQuery`.
import { z } from "zod";
import { LOCAL_DAY, isRealLocalValue } from "@/lib/time/zoned";

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 25;

type SearchParamValue = string | string[] | undefined;
export type RawSearchParams = Record<string, SearchParamValue>;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const blankToUndefined = (value: unknown) => {
  const first = firstValue(value);
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};

/** An optional filter: absent, blank or invalid all mean "no filter". */
export function optionalFilter<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankToUndefined, schema.optional()).catch(undefined);
}

/** A filter on one of a fixed set of values (status, kind, role…). */
export function enumFilter<const V extends readonly [string, ...string[]]>(values: V) {
  return optionalFilter(z.enum(values));
}

/** A calendar day "YYYY-MM-DD" (date-range filters). */
export const dayFilter = optionalFilter(
  z
    .string()
    .trim()
    .refine((value) => LOCAL_DAY.test(value) && isRealLocalValue(value)),
);

/** A record id (e.g. filter by event). */
export const idFilter = optionalFilter(z.string().trim().regex(/^[a-z0-9]{20,40}$/u));

/** A bounded integer (e.g. a year). */
export function intFilter(min: number, max: number) {
  return optionalFilter(z.coerce.number().int().min(min).max(max));
}

interface ListDefinition<S extends string, F extends Record<string, z.ZodType>> {
  sortColumns: readonly [S, ...S[]];
  defaultSort: NoInfer<S>;
  defaultDir?: "asc" | "desc";
  defaultSize?: PageSize;
  filters?: F;
}

export interface BaseListParams<S extends string> {
  page: number;
  size: PageSize;
  sort: S;
  dir: "asc" | "desc";
  q: string;
}

export type ListParams<S extends string, F extends Record<string, z.ZodType>> = BaseListParams<S> & {
  [K in keyof F]: z.output<F[K]>;
};

/**
 * Defines a list's URL state: `schema.parse(await searchParams)` on the page, `toQuery(params)`
 * for links (defaults omitted, so links stay short), `withChanges` for "the same list, but…".
 */
export function defineListParams<S extends string, F extends Record<string, z.ZodType> = Record<never, z.ZodType>>(
  definition: ListDefinition<S, F>,
) {
  const defaultDir = definition.defaultDir ?? "asc";
  const defaultSize = definition.defaultSize ?? DEFAULT_PAGE_SIZE;
  const filters = (definition.filters ?? {}) as F;

  const schema = z.object({
    page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000)).catch(1),
    size: z
      .preprocess(firstValue, z.coerce.number().int())
      .pipe(z.union(PAGE_SIZES.map((size) => z.literal(size))))
      .catch(defaultSize),
    sort: z.preprocess(firstValue, z.enum(definition.sortColumns)).catch(definition.defaultSort),
    dir: z.preprocess(firstValue, z.enum(["asc", "desc"])).catch(defaultDir),
    q: z.preprocess(firstValue, z.string().trim().max(100)).catch(""),
    ...filters,
  }) as unknown as z.ZodType<ListParams<S, F>>;

  const filterNames = Object.keys(filters);

  function toQuery(params: ListParams<S, F>): string {
    const search = new URLSearchParams();
    if (params.page !== 1) search.set("page", String(params.page));
    if (params.size !== defaultSize) search.set("size", String(params.size));
    if (params.sort !== definition.defaultSort) search.set("sort", params.sort);
    if (params.dir !== defaultDir) search.set("dir", params.dir);
    if (params.q !== "") search.set("q", params.q);
    for (const name of filterNames) {
      const value = (params as Record<string, unknown>)[name];
      if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
    }
    const query = search.toString();
    return query === "" ? "" : `?${query}`;
  }

  /** Parses raw search params; never throws. */
  function parse(raw: RawSearchParams | URLSearchParams): ListParams<S, F> {
    const record: RawSearchParams = raw instanceof URLSearchParams ? Object.fromEntries(raw.entries()) : raw;
    return schema.parse(record);
  }

  return {
    schema,
    parse,
    toQuery,
    filterNames,
    defaults: { sort: definition.defaultSort, dir: defaultDir, size: defaultSize },
    sortColumns: definition.sortColumns,
    /** Whether any filter or search narrows the list (to word empty states). */
    isFiltered(params: ListParams<S, F>): boolean {
      return params.q !== "" || filterNames.some((name) => (params as Record<string, unknown>)[name] !== undefined);
    },
  };
}

/** The table kit's state → list params, keeping search and filters (for DataTable's hrefFor). */
export function withTableState<P extends BaseListParams<string>>(
  params: P,
  state: { page: number; size: number; sort: string; dir: "asc" | "desc" },
  sortColumns: readonly string[],
): P {
  const sort = sortColumns.includes(state.sort) ? state.sort : params.sort;
  const size = (PAGE_SIZES as readonly number[]).includes(state.size) ? (state.size as PageSize) : params.size;
  return { ...params, page: state.page, size, sort, dir: state.dir };
}
