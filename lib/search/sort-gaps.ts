import "server-only";
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

export async function sortGap(state: SearchState): Promise<SortGap | null> {
  const missingFilter = MISSING_FILTER[state.sort];
  if (!missingFilter) return null;
  const result = await fromEngine(() =>
    searchClient()
      .index(INDEX_UID)
      .search(state.q, { filter: [...buildFilter(state), missingFilter], limit: 0 }),
  );
  return { sort: state.sort, missing: result.estimatedTotalHits ?? 0 };
}
