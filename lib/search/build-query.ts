import type { MultiSearchQuery } from "meilisearch";
import { FACET_NAMES } from "../taxonomy";
import { FILTER_NAMES, type FilterName, type SearchState, type Sort } from "../search-params";
import { MATCH_END, MATCH_START } from "../marks";
import { INDEX_UID } from "./settings";

export const PAGE_SIZE = 20;

export const SIDEBAR_FACETS = FILTER_NAMES;
export type SidebarFacet = FilterName;

export { MATCH_END, MATCH_START };

function quote(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

interface Clauses {
  /** One OR-group per filter with chosen values: `domain IN ["audio", "vision"]`. */
  chosen: Map<SidebarFacet, string>;
  /** One clause per facet with excluded values: `technique NOT IN ["moe"]`, so a paper carrying any of them is out. */
  excluded: Map<SidebarFacet, string>;
}

// Authors are ANDed (papers by all of them) and have no sidebar group, so no disjunctive count.
const authorClauses = (state: SearchState) => state.author.map((name) => `authors = ${quote(name)}`);

function clausesOf(state: SearchState): Clauses {
  const chosen = new Map<SidebarFacet, string>();
  const excluded = new Map<SidebarFacet, string>();
  for (const facet of FACET_NAMES) {
    const values = state[facet];
    if (values.length) chosen.set(facet, `${facet} IN [${values.map(quote).join(", ")}]`);
    const out = state.exclude[facet];
    if (out.length) excluded.set(facet, `${facet} NOT IN [${out.map(quote).join(", ")}]`);
  }
  if (state.year.length) chosen.set("year", `year IN [${state.year.join(", ")}]`);
  if (state.code) chosen.set("hasCode", "hasCode = true");
  return { chosen, excluded };
}

/**
 * The filter of a search: the chosen values ORed within a facet, the facets ANDed, and every exclusion
 * ANDed on top ("audio or vision, and not MoE"). `except` leaves one filter out entirely, chosen and
 * excluded values alike (what "remove the technique filter" means).
 */
export function buildFilter(state: SearchState, except?: SidebarFacet): string[] {
  const { chosen, excluded } = clausesOf(state);
  return [...[...chosen, ...excluded].filter(([facet]) => facet !== except).map(([, clause]) => clause), ...authorClauses(state)];
}

/**
 * The filter that counts one facet's values disjunctively: its own chosen values are left out, so the
 * others show what they would add; its exclusions stay, as they still apply to whatever is added.
 */
export function countFilter(state: SearchState, facet: SidebarFacet): string[] {
  const { chosen, excluded } = clausesOf(state);
  return [...[...[...chosen].filter(([f]) => f !== facet), ...excluded].map(([, clause]) => clause), ...authorClauses(state)];
}

/** What a search with words asks for its matches: marked title, a cropped abstract, and the match positions. */
const MARKED = {
  attributesToHighlight: ["title", "modelName"],
  attributesToCrop: ["abstract"],
  cropLength: 42,
  cropMarker: "…",
  highlightPreTag: MATCH_START,
  highlightPostTag: MATCH_END,
  showMatchesPosition: true,
} satisfies Partial<MultiSearchQuery>;

const SORT_RULES: Record<Sort, string[] | undefined> = {
  relevance: undefined,
  newest: ["date:desc", "upvotes:desc"],
  upvotes: ["upvotes:desc", "date:desc"],
};

/**
 * One multi-search gives hits and disjunctive facet counts: the main query counts
 * the facets nobody selected, and each selected facet gets a query of its own that
 * leaves its own filter out, so choosing "Vision" still shows how many "Speech &
 * audio" papers the rest of the selection has.
 */
export function buildSearchQueries(state: SearchState): MultiSearchQuery[] {
  const { chosen } = clausesOf(state);
  const main: MultiSearchQuery = {
    indexUid: INDEX_UID,
    q: state.q,
    // Every typed word must match: the count is of papers that hold what was typed.
    matchingStrategy: "all",
    filter: buildFilter(state),
    facets: SIDEBAR_FACETS.filter((f) => !chosen.has(f)),
    sort: SORT_RULES[state.sort],
    hitsPerPage: PAGE_SIZE,
    page: state.page,
    attributesToRetrieve: [
      "id",
      "slug",
      "title",
      "modelName",
      "date",
      "year",
      "upvotes",
      "authorCount",
      "organization",
      "codeUrl",
      "domain",
      "task",
      "technique",
      "architecture",
      "contribution",
    ],
    // Without words there is nothing to mark or crop around: the page shows the abstract's opening
    // (search-papers.ts), and asking would only double every hit (`_formatted` repeats each attribute).
    ...(state.q ? MARKED : {}),
  };
  const disjunctive = [...chosen.keys()].map<MultiSearchQuery>((facet) => ({
    indexUid: INDEX_UID,
    q: state.q,
    matchingStrategy: "all",
    filter: countFilter(state, facet),
    facets: [facet],
    limit: 0,
  }));
  return [main, ...disjunctive];
}
