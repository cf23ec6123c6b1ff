import { z } from "zod";
import { FACET_ENUMS, FACET_NAMES, type FacetName, type FacetSlug } from "./taxonomy";

/**
 * The whole search state, as it lives in the URL. This is the one codec: the page,
 * the JSON API and every link parse and serialise through it, so a shared link
 * always reproduces the same view.
 *
 *   /?q=linear+attention&domain=audio&domain=vision&technique=moe&sort=newest&page=2
 */
export const SORTS = ["relevance", "newest", "upvotes"] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = { relevance: "Relevance", newest: "Newest", upvotes: "Most upvoted" };

export const MAX_PAGE = 100;
const MAX_QUERY_LENGTH = 200;
/** Author names are matched exactly, as the paper lists them; a few at once (papers by all of them). */
export const MAX_AUTHORS = 5;
const MAX_AUTHOR_LENGTH = 200;
const authorName = (v: string) =>
  v
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .replace(/\s+/g, " ");

// Plain decimal digits only: Number() would also read "0x7E8", "1e1" and " 2 ", which
// no link this site writes contains and which would make one view answer to many URLs.
const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
const Year = decimal(1990, 2100);
const Page = decimal(1, MAX_PAGE);

export type FacetSelection = { [F in FacetName]: FacetSlug<F>[] };

export interface SearchState extends FacetSelection {
  q: string;
  year: number[];
  /** Exact author names; a paper must list every one. */
  author: string[];
  code: boolean;
  sort: Sort;
  page: number;
}

export type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function all(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function keys(params: RawParams): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

const KNOWN = new Set<string>(["q", "year", "author", "code", "sort", "page", ...FACET_NAMES]);

export function defaultSort(q: string): Sort {
  return q ? "relevance" : "newest";
}

export const EMPTY_STATE: SearchState = {
  q: "",
  ...(Object.fromEntries(FACET_NAMES.map((f) => [f, []])) as unknown as FacetSelection),
  year: [],
  author: [],
  code: false,
  sort: "newest",
  page: 1,
};

/** What `parseSearchState` dropped, worded for a 400 response. */
export function findParamErrors(params: RawParams): string[] {
  const errors: string[] = [];
  for (const key of keys(params)) if (!KNOWN.has(key)) errors.push(`unknown parameter "${key}"`);
  for (const facet of FACET_NAMES) {
    for (const v of all(params, facet)) if (!FACET_ENUMS[facet].safeParse(v).success) errors.push(`"${v}" is not a ${facet} value`);
  }
  for (const v of all(params, "year")) if (!Year.safeParse(v).success) errors.push(`"${v}" is not a year`);
  for (const v of all(params, "sort")) if (!(SORTS as readonly string[]).includes(v)) errors.push(`sort must be one of ${SORTS.join(", ")}`);
  for (const v of all(params, "page")) if (!Page.safeParse(v).success) errors.push(`page must be a whole number from 1 to ${MAX_PAGE}`);
  for (const v of all(params, "code")) if (v !== "1") errors.push(`code takes the value 1`);
  for (const v of all(params, "author")) {
    if (!authorName(v)) errors.push(`author must be a name`);
    else if (v.length > MAX_AUTHOR_LENGTH) errors.push(`author is longer than ${MAX_AUTHOR_LENGTH} characters`);
  }
  if (all(params, "author").length > MAX_AUTHORS) errors.push(`at most ${MAX_AUTHORS} author parameters`);
  if ((all(params, "q")[0] ?? "").length > MAX_QUERY_LENGTH) errors.push(`q is longer than ${MAX_QUERY_LENGTH} characters`);
  return errors;
}

/** Lenient: unknown parameters and malformed values are dropped, never an error. */
export function parseSearchState(params: RawParams): SearchState {
  const q = (all(params, "q")[0] ?? "").trim().replace(/\s+/g, " ").slice(0, MAX_QUERY_LENGTH);
  const facets = Object.fromEntries(
    FACET_NAMES.map((facet) => {
      const valid = all(params, facet).filter((v) => FACET_ENUMS[facet].safeParse(v).success);
      return [facet, [...new Set(valid)]];
    }),
  ) as FacetSelection;
  const year = [
    ...new Set(
      all(params, "year").flatMap((v) => {
        const year = Year.safeParse(v);
        return year.success ? [year.data] : [];
      }),
    ),
  ].sort((a, b) => b - a);
  const sortParam = all(params, "sort")[0];
  const sort = (SORTS as readonly string[]).includes(sortParam ?? "") ? (sortParam as Sort) : defaultSort(q);
  const page = Page.safeParse(all(params, "page")[0]);
  const author = [
    ...new Set(
      all(params, "author")
        .filter((v) => v.length <= MAX_AUTHOR_LENGTH)
        .map(authorName)
        .filter(Boolean),
    ),
  ].slice(0, MAX_AUTHORS);
  return { q, ...facets, year, author, code: all(params, "code")[0] === "1", sort, page: page.success ? page.data : 1 };
}

/** The canonical query string (without "?"); defaults are left out so links stay short. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const facet of FACET_NAMES) for (const v of state[facet]) params.append(facet, v);
  for (const y of state.year) params.append("year", String(y));
  for (const a of state.author) params.append("author", a);
  if (state.code) params.set("code", "1");
  if (state.sort !== defaultSort(state.q)) params.set("sort", state.sort);
  if (state.page > 1) params.set("page", String(state.page));
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

export function toggleFacet<F extends FacetName>(state: SearchState, facet: F, value: FacetSlug<F>): SearchState {
  const current = state[facet] as FacetSlug<F>[];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return withChange(state, { [facet]: next } as Partial<SearchState>);
}

export function toggleYear(state: SearchState, year: number): SearchState {
  const next = state.year.includes(year) ? state.year.filter((y) => y !== year) : [...state.year, year].sort((a, b) => b - a);
  return withChange(state, { year: next });
}

export function hasFilters(state: SearchState): boolean {
  return FACET_NAMES.some((f) => state[f].length > 0) || state.year.length > 0 || state.author.length > 0 || state.code;
}

export function clearFilters(state: SearchState): SearchState {
  return withChange(EMPTY_STATE, { q: state.q, sort: state.sort });
}

/** Everything the sidebar filters by: the five taxonomy facets, the year and "has code". */
export const FILTER_NAMES = [...FACET_NAMES, "year", "hasCode"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
/** What a chip can show: the sidebar's filters, and the author a paper page linked to. */
export type ChipName = FilterName | "author";

export function toggleAuthor(state: SearchState, name: string): SearchState {
  const next = state.author.includes(name) ? state.author.filter((a) => a !== name) : [...state.author, name].slice(0, MAX_AUTHORS);
  return withChange(state, { author: next });
}

export function isSelected(state: SearchState, filter: ChipName, value: string): boolean {
  if (filter === "author") return state.author.includes(value);
  if (filter === "year") return state.year.includes(Number(value));
  if (filter === "hasCode") return state.code && value === "true";
  return (state[filter] as string[]).includes(value);
}

/** The state after clicking one sidebar value: on if it was off, off if it was on. */
export function toggleFilter(state: SearchState, filter: ChipName, value: string): SearchState {
  if (filter === "author") return toggleAuthor(state, value);
  if (filter === "year") return toggleYear(state, Number(value));
  if (filter === "hasCode") return withChange(state, { code: !state.code });
  return toggleFacet(state, filter, value as FacetSlug);
}

/** Every selected value as (filter, value) pairs, for chips. */
export function selectedFilters(state: SearchState): { filter: ChipName; value: string }[] {
  return [
    ...state.author.map((value) => ({ filter: "author" as const, value })),
    ...FACET_NAMES.flatMap((f) => state[f].map((value) => ({ filter: f as FilterName, value: value as string }))),
    ...state.year.map((y) => ({ filter: "year" as const, value: String(y) })),
    ...(state.code ? [{ filter: "hasCode" as const, value: "true" }] : []),
  ];
}

export function clearFilter(state: SearchState, filter: ChipName): SearchState {
  if (filter === "author") return withChange(state, { author: [] });
  if (filter === "year") return withChange(state, { year: [] });
  if (filter === "hasCode") return withChange(state, { code: false });
  return withChange(state, { [filter]: [] } as Partial<SearchState>);
}
