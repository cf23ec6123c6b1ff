import "server-only";
import type { MultiSearchQuery, MultiSearchResponse } from "meilisearch";
import type { SearchState, Sort } from "../search-params";
import { buildFilter } from "./build-query";
import { searchClient } from "./client";
import { INDEX_UID } from "./settings";
import { fromEngine } from "./unavailable";

/**
 * What a sort cannot order: papers without a date under "Newest", without upvotes under "Most upvoted".
 * Meilisearch places documents whose sort field is null after every document that has one, whatever the
 * direction; the page says how many there are so the tail is not mistaken for the oldest or least liked.
 */
export const MISSING_FILTER: Partial<Record<Sort, string>> = {
  newest: "date IS NULL",
  upvotes: "upvotes IS NULL OR upvotes = 0",
};

export interface SortGap {
  sort: Sort;
  /** Papers of this search without the sorted value. */
  missing: number;
}

/** Every paper has `hasCode` true or false: its facet counts add up to the true count past maxTotalHits. */
const COUNTING_FACET = "hasCode";

/**
 * The counting query for a search's gap, to send in the search's own multi-search (one round trip):
 * the same words, matched as the results are (every word), and filters, plus the missing filter.
 */
export function sortGapQuery(state: SearchState): MultiSearchQuery | null {
  const missingFilter = MISSING_FILTER[state.sort];
  if (!missingFilter) return null;
  return { indexUid: INDEX_UID, q: state.q, matchingStrategy: "all", filter: [...buildFilter(state), missingFilter], facets: [COUNTING_FACET], limit: 0 };
}

export function toSortGap(state: SearchState, response: MultiSearchResponse["results"][number]): SortGap {
  const distribution = response.facetDistribution?.[COUNTING_FACET];
  const missing = distribution ? Object.values(distribution).reduce((sum, n) => sum + n, 0) : (response.totalHits ?? response.estimatedTotalHits ?? 0);
  return { sort: state.sort, missing };
}

export async function sortGap(state: SearchState): Promise<SortGap | null> {
  const query = sortGapQuery(state);
  if (!query) return null;
  const { results } = await fromEngine(() => searchClient().multiSearch({ queries: [query] }));
  return toSortGap(state, results[0]);
}
