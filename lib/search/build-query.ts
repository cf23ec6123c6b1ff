import type { MultiSearchQuery } from "meilisearch";
import { FACET_NAMES } from "../taxonomy";
import { FILTER_NAMES, type FilterName, type SearchState, type Sort } from "../search-params";
import { INDEX_UID } from "./settings";

export const PAGE_SIZE = 20;

export const SIDEBAR_FACETS = FILTER_NAMES;
export type SidebarFacet = FilterName;

export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

function quote(value: string | number | boolean): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** One OR-group per facet; the groups are ANDed. */
function facetClauses(state: SearchState): Map<SidebarFacet, string> {
  const clauses = new Map<SidebarFacet, string>();
  for (const facet of FACET_NAMES) {
    const values = state[facet];
    if (values.length) clauses.set(facet, `${facet} IN [${values.map(quote).join(", ")}]`);
  }
  if (state.year.length) clauses.set("year", `year IN [${state.year.join(", ")}]`);
  if (state.code) clauses.set("hasCode", "hasCode = true");
  return clauses;
}

// Authors are ANDed (papers by all of them) and have no sidebar group, so no disjunctive count.
const authorClauses = (state: SearchState) => state.author.map((name) => `authors = ${quote(name)}`);

export function buildFilter(state: SearchState, except?: SidebarFacet): string[] {
  return [...[...facetClauses(state)].filter(([facet]) => facet !== except).map(([, clause]) => clause), ...authorClauses(state)];
}

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
  const clauses = facetClauses(state);
  const main: MultiSearchQuery = {
    indexUid: INDEX_UID,
    q: state.q,
    filter: buildFilter(state),
    facets: SIDEBAR_FACETS.filter((f) => !clauses.has(f)),
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
    attributesToHighlight: ["title", "modelName"],
    attributesToCrop: ["abstract"],
    cropLength: 42,
    cropMarker: "…",
    highlightPreTag: MATCH_START,
    highlightPostTag: MATCH_END,
    showMatchesPosition: true,
  };
  const disjunctive = [...clauses.keys()].map<MultiSearchQuery>((facet) => ({
    indexUid: INDEX_UID,
    q: state.q,
    filter: buildFilter(state, facet),
    facets: [facet],
    limit: 0,
  }));
  return [main, ...disjunctive];
}
