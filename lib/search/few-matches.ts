import type { MultiSearchQuery } from "meilisearch";
import type { QueryFacet } from "./query-facets";

// Papers holding some of the words are asked only once a search is known to have fewer than a page
// of papers holding them all, which takes the search's answer: a round trip after it. A search seen
// lately with so few (a typist's query asked again, the page then its API, a reload) asks for them
// beside it instead. A count gone stale after an ingest costs one request sent for nothing, or one
// sent after the answer as before: what is shown is the same.
const FEW_TTL_MS = 5 * 60_000;
const FEW_MAX = 2000;
const few = new Map<string, Seen & { at: number }>();

/** A search's total, and the values its papers were read to share (inferred-topics.ts), which the papers with some of the words follow. */
export interface Seen {
  total: number;
  inferred: QueryFacet[];
}

/** The words and filters that make a search's total (its sort and page do not). */
export const matchesKey = (main: MultiSearchQuery) => JSON.stringify([main.q ?? "", main.filter ?? null]);

/** The total (and inferred values) a search had when it was last seen with fewer than `under` papers, if that was lately. */
export function recentFewMatches(key: string): Seen | undefined {
  const seen = few.get(key);
  return seen && Date.now() - seen.at < FEW_TTL_MS ? { total: seen.total, inferred: seen.inferred } : undefined;
}

/** Keeps a search's total if it is under a page (`under`), forgets it otherwise. */
export function rememberMatches(key: string, total: number, under: number, inferred: QueryFacet[] = []): void {
  if (total >= under) {
    few.delete(key);
    return;
  }
  if (few.size >= FEW_MAX) few.clear();
  few.set(key, { total, inferred, at: Date.now() });
}
