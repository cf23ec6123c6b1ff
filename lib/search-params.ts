import { z } from "zod";
import { FACET_ENUMS, FACET_NAMES, type FacetName, type FacetSlug } from "./taxonomy";

/**
 * The whole search state, as it lives in the URL. This is the one codec: the page,
 * the JSON API and every link parse and serialise through it, so a shared link
 * always reproduces the same view.
 *
 *   /?q=linear+attention&domain=audio&domain=vision&technique=moe&not-task=survey&sort=newest&page=2
 *
 * Every parameter is one row of PARAMS below; the lenient parser (pages), the strict
 * one (the API's 400 messages) and the serialiser are all derived from that table.
 */
export const SORTS = ["relevance", "newest", "upvotes"] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = { relevance: "Relevance", newest: "Newest", upvotes: "Most upvoted" };

export const MAX_PAGE = 100;
export const MAX_QUERY_LENGTH = 200;
/** Author names are matched exactly, as the paper lists them; a few at once (papers by all of them). */
export const MAX_AUTHORS = 5;
const MAX_AUTHOR_LENGTH = 200;
const authorName = (v: string) =>
  v
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/\s+/g, " ");
/** The prefix of a facet's exclusion parameter: `not-technique=moe` hides every MoE paper. */
export const EXCLUDE_PREFIX = "not-";

export type FacetSelection = { [F in FacetName]: FacetSlug<F>[] };

export interface SearchState extends FacetSelection {
  q: string;
  /** Values a paper must not carry: ANDed with everything else, whatever else is chosen in the facet. */
  exclude: FacetSelection;
  year: number[];
  /** Exact author names; a paper must list every one. */
  author: string[];
  code: boolean;
  sort: Sort;
  page: number;
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Without a query there is no relevance to rank by. Upvotes are the one signal of interest the listings
 * carry, so papers with upvotes come first, then the rest newest first, then undated ones in the order
 * Hugging Face listed them (the index keeps the dumps' order). Every paper has a place, and the page says
 * where the papers without upvotes or a date begin.
 */
export function defaultSort(q: string): Sort {
  return q ? "relevance" : "upvotes";
}

const emptySelection = (): FacetSelection => Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as FacetSelection;

export const EMPTY_STATE: SearchState = {
  q: "",
  ...emptySelection(),
  exclude: emptySelection(),
  year: [],
  author: [],
  code: false,
  sort: defaultSort(""),
  page: 1,
};

// Plain decimal digits only: Number() would also read "0x7E8", "1e1" and " 2 ", which
// no link this site writes contains and which would make one view answer to many URLs.
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const lowerTrim = (raw: string) => raw.trim().toLowerCase();

/** One URL parameter: how one raw value is read (strictly), how the page relaxes it, and where it lives in the state. */
interface Param<V> {
  /** The strict reading of one raw value; the API answers 400 when it fails. */
  schema: z.ZodType<V, string>;
  /** Pages forgive what a person types or pastes: the raw value is normalised before the schema. */
  lenient?: (raw: string) => string;
  /** Several values (`domain=a&domain=b`), or one. */
  many: boolean;
  /** At most this many values are read; strict mode names the excess. */
  max?: number;
  error: (raw: string) => string;
  read: (state: SearchState, values: V[]) => void;
  write: (state: SearchState) => string[];
}

const param = <V>(p: Param<V>) => p as unknown as Param<unknown>;
const unique = <T>(values: T[]) => [...new Set(values)];

function facetParam<F extends FacetName>(facet: F, excluded: boolean): Param<unknown> {
  return param<FacetSlug<F>>({
    schema: FACET_ENUMS[facet] as unknown as z.ZodType<FacetSlug<F>, string>,
    lenient: lowerTrim,
    many: true,
    error: (raw) => `"${raw}" is not a ${facet} value`,
    read: (state, values) => {
      const target = excluded ? state.exclude : state;
      (target[facet] as FacetSlug<F>[]) = unique(values);
    },
    write: (state) => (excluded ? state.exclude : state)[facet],
  });
}

const PARAMS: Record<string, Param<unknown>> = {
  q: param<string>({
    schema: z.string().max(MAX_QUERY_LENGTH),
    lenient: (raw) => raw.slice(0, MAX_QUERY_LENGTH * 2),
    many: false,
    error: () => `q is longer than ${MAX_QUERY_LENGTH} characters`,
    read: (state, [q]) => void (state.q = q.trim().replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH)),
    write: (state) => (state.q ? [state.q] : []),
  }),
  ...Object.fromEntries(FACET_NAMES.map((facet) => [facet, facetParam(facet, false)])),
  ...Object.fromEntries(FACET_NAMES.map((facet) => [`${EXCLUDE_PREFIX}${facet}`, facetParam(facet, true)])),
  year: param<number>({
    schema: decimal(1990, 2100),
    many: true,
    error: (raw) => `"${raw}" is not a year`,
    read: (state, years) => void (state.year = unique(years).sort((a, b) => b - a)),
    write: (state) => state.year.map(String),
  }),
  author: param<string>({
    schema: z.string().transform(authorName).pipe(z.string().min(1).max(MAX_AUTHOR_LENGTH)),
    many: true,
    max: MAX_AUTHORS,
    error: (raw) => (authorName(raw) ? `author is longer than ${MAX_AUTHOR_LENGTH} characters` : "author must be a name"),
    read: (state, names) => void (state.author = unique(names)),
    write: (state) => state.author,
  }),
  code: param<true>({
    schema: z.literal("1").transform(() => true as const),
    many: false,
    error: () => "code takes the value 1",
    read: (state) => void (state.code = true),
    write: (state) => (state.code ? ["1"] : []),
  }),
  sort: param<Sort>({
    schema: z.enum(SORTS),
    lenient: lowerTrim,
    many: false,
    error: () => `sort must be one of ${SORTS.join(", ")}`,
    read: (state, [sort]) => void (state.sort = sort),
    write: (state) => (state.sort !== defaultSort(state.q) ? [state.sort] : []),
  }),
  page: param<number>({
    schema: decimal(1, MAX_PAGE),
    // A page beyond the last one a search can have is read as that last one (the page then redirects), never as page 1.
    lenient: (raw) => (/^[1-9][0-9]{0,11}$/.test(raw) && Number(raw) > MAX_PAGE ? String(MAX_PAGE) : raw),
    many: false,
    error: () => `page must be a whole number from 1 to ${MAX_PAGE}`,
    read: (state, [page]) => void (state.page = page),
    write: (state) => (state.page > 1 ? [String(state.page)] : []),
  }),
};

export const PARAM_NAMES = Object.keys(PARAMS);

function valuesOf(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keysOf(params: RawParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

export type ParseMode = "lenient" | "strict";

/**
 * Reads the URL. Lenient (pages): unknown parameters and values that do not read are dropped, never an
 * error. Strict (the API): the same reading, plus a message for everything lenient mode would have
 * forgiven or dropped.
 */
export function parseSearchParams(params: RawParams, mode: ParseMode): { state: SearchState; errors: string[] } {
  const errors: string[] = [];
  const state: SearchState = { ...EMPTY_STATE, ...emptySelection(), exclude: emptySelection(), sort: undefined as unknown as Sort };
  for (const key of keysOf(params)) if (!(key in PARAMS)) errors.push(`unknown parameter "${key}"`);
  for (const [name, spec] of Object.entries(PARAMS)) {
    const raw = valuesOf(params, name);
    if (!spec.many && raw.length > 1) errors.push(`${name} is given ${raw.length} times; it takes one value`);
    const tooMany = spec.max !== undefined && raw.length > spec.max;
    const read: unknown[] = [];
    for (const value of spec.many ? raw : raw.slice(0, 1)) {
      const parsed = spec.schema.safeParse(mode === "lenient" && spec.lenient ? spec.lenient(value) : value);
      if (parsed.success) read.push(parsed.data);
      else errors.push(spec.error(value));
    }
    if (tooMany) errors.push(`at most ${spec.max} ${name} parameters`);
    if (read.length) spec.read(state, spec.max ? read.slice(0, spec.max) : read);
  }
  state.sort ??= defaultSort(state.q);
  for (const facet of FACET_NAMES) {
    const both = state[facet].filter((v) => (state.exclude[facet] as string[]).includes(v));
    for (const v of both) errors.push(`"${v}" is both chosen and excluded in ${facet}`);
    // A value both chosen and excluded (a hand-edited link): the exclusion wins, as the narrower reading.
    if (both.length) (state[facet] as string[]) = state[facet].filter((v) => !both.includes(v));
  }
  return { state, errors };
}

/** Lenient: what a page shows for any URL. */
export function parseSearchState(params: RawParams): SearchState {
  return parseSearchParams(params, "lenient").state;
}

/** Strict: every reason the API refuses these parameters (400), or none. */
export function findParamErrors(params: RawParams): string[] {
  return parseSearchParams(params, "strict").errors;
}

/** The canonical query string (without "?"); defaults are left out so links stay short. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  for (const [name, spec] of Object.entries(PARAMS)) for (const value of spec.write(state)) params.append(name, value);
  return params.toString();
}

export function searchHref(state: SearchState): string {
  const query = serializeSearchState(state);
  return query ? `/?${query}` : "/";
}

/** Any change of filters or query starts again at page 1. */
export function withChange(state: SearchState, change: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...change };
}

/** Everything the sidebar filters by: the five taxonomy facets, the year and "has code". */
export const FILTER_NAMES = [...FACET_NAMES, "year", "hasCode"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
/** What a chip can show: the sidebar's filters, and the author a paper page linked to. */
export type ChipName = FilterName | "author";

const isFacet = (filter: ChipName): filter is FacetName => (FACET_NAMES as readonly string[]).includes(filter);

function without<T>(values: readonly T[], value: T): T[] {
  return values.filter((v) => v !== value);
}

export function toggleAuthor(state: SearchState, name: string): SearchState {
  const next = state.author.includes(name) ? without(state.author, name) : [...state.author, name].slice(0, MAX_AUTHORS);
  return withChange(state, { author: next });
}

export function isSelected(state: SearchState, filter: ChipName, value: string): boolean {
  if (filter === "author") return state.author.includes(value);
  if (filter === "year") return state.year.includes(Number(value));
  if (filter === "hasCode") return state.code && value === "true";
  return (state[filter] as string[]).includes(value);
}

export function isExcluded(state: SearchState, filter: ChipName, value: string): boolean {
  return isFacet(filter) && (state.exclude[filter] as string[]).includes(value);
}

/** The state after clicking one sidebar value: on if it was off (or excluded), off if it was on. */
export function toggleFilter(state: SearchState, filter: ChipName, value: string): SearchState {
  if (filter === "author") return toggleAuthor(state, value);
  if (filter === "year") {
    const year = Number(value);
    return withChange(state, { year: state.year.includes(year) ? without(state.year, year) : [...state.year, year].sort((a, b) => b - a) });
  }
  if (filter === "hasCode") return withChange(state, { code: !state.code });
  const chosen = state[filter] as string[];
  return withChange(state, {
    [filter]: chosen.includes(value) ? without(chosen, value) : [...chosen, value],
    exclude: { ...state.exclude, [filter]: without(state.exclude[filter] as string[], value) },
  } as Partial<SearchState>);
}

/** The state after "exclude" on a value: excluded if it was not (chosen or not), back to neutral if it was. */
export function toggleExclude(state: SearchState, facet: FacetName, value: string): SearchState {
  const excluded = state.exclude[facet] as string[];
  return withChange(state, {
    [facet]: without(state[facet] as string[], value),
    exclude: { ...state.exclude, [facet]: excluded.includes(value) ? without(excluded, value) : [...excluded, value] },
  } as Partial<SearchState>);
}

export function toggleFacet<F extends FacetName>(state: SearchState, facet: F, value: FacetSlug<F>): SearchState {
  return toggleFilter(state, facet, value);
}

export function hasFilters(state: SearchState): boolean {
  return selectedFilters(state).length > 0;
}

export function clearFilters(state: SearchState): SearchState {
  return withChange(EMPTY_STATE, { q: state.q, sort: state.sort });
}

export interface SelectedFilter {
  filter: ChipName;
  value: string;
  excluded: boolean;
}

/** Every chosen and every excluded value, for chips: chosen ones first, in facet order. */
export function selectedFilters(state: SearchState): SelectedFilter[] {
  return [
    ...state.author.map((value) => ({ filter: "author" as const, value, excluded: false })),
    ...FACET_NAMES.flatMap((f) => state[f].map((value) => ({ filter: f as FilterName, value: value as string, excluded: false }))),
    ...state.year.map((y) => ({ filter: "year" as const, value: String(y), excluded: false })),
    ...(state.code ? [{ filter: "hasCode" as const, value: "true", excluded: false }] : []),
    ...FACET_NAMES.flatMap((f) => state.exclude[f].map((value) => ({ filter: f as FilterName, value: value as string, excluded: true }))),
  ];
}

/** The state without this chip: a chosen value unchosen, an excluded one no longer excluded. */
export function removeFilter(state: SearchState, { filter, value, excluded }: SelectedFilter): SearchState {
  return excluded && isFacet(filter) ? toggleExclude(state, filter, value) : toggleFilter(state, filter, value);
}

/** The state without any choice or exclusion in this filter. */
export function clearFilter(state: SearchState, filter: ChipName): SearchState {
  if (filter === "author") return withChange(state, { author: [] });
  if (filter === "year") return withChange(state, { year: [] });
  if (filter === "hasCode") return withChange(state, { code: false });
  return withChange(state, { [filter]: [], exclude: { ...state.exclude, [filter]: [] } } as Partial<SearchState>);
}

/**
 * What the search box needs to build its links without the codec in the browser: the rest of the query
 * string for a new non-empty query, the whole one for an emptied box, and the fields a no-JavaScript
 * submission carries. A sort the user chose survives a new query; the default follows the query.
 */
export function searchBoxLinks(state: SearchState): { withQuery: string; withoutQuery: string; hidden: [string, string][] } {
  const sortFor = (q: string) => (state.sort === defaultSort(state.q) ? defaultSort(q) : state.sort);
  const withQuery = serializeSearchState(withChange(state, { q: "x", sort: sortFor("x") })).replace(/^q=x&?/, "");
  const withoutQuery = serializeSearchState(withChange(state, { q: "", sort: sortFor("") }));
  return { withQuery, withoutQuery, hidden: [...new URLSearchParams(withQuery)] };
}
