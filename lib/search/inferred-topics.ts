import type { MultiSearchQuery } from "meilisearch";
import { facetLabel, type FacetName } from "../taxonomy";
import type { QueryFacet } from "./query-facets";
import { INDEX_UID } from "./settings";

/**
 * The facets whose values a query's few papers can say it is about. Not architecture (nearly every
 * paper is a transformer) nor contribution (a kind of paper, not a topic).
 */
export const INFERRED_FACETS = ["technique", "task", "domain"] as const satisfies readonly FacetName[];

/**
 * A value the papers holding every word share: carried by at least `share` of them, and by at least
 * `lift` times its share of the catalogue ("activation sparsity": both papers are pruning papers,
 * 3 % of the catalogue). Chosen on the tuning queries (docs/search-relevance.md).
 */
export const INFERRED = { share: 0.5, lift: 3, most: 2, papers: 2 } as const;

export type Distribution = Partial<Record<string, { value: string; count: number }[]>>;

/**
 * The values a query of few papers (`total`, under a page) is about though it names none ("layer
 * dropping", a dataset's name): those its papers share far more than the catalogue does, best first.
 */
export function inferTopics(q: string, matched: Distribution, total: number, catalogue: Distribution, papers: number): QueryFacet[] {
  if (total < 1 || papers < 1) return [];
  const found: (QueryFacet & { lift: number })[] = [];
  for (const facet of INFERRED_FACETS) {
    const all = new Map((catalogue[facet] ?? []).map((v) => [v.value, v.count]));
    for (const { value, count } of matched[facet] ?? []) {
      const share = count / total;
      const base = (all.get(value) ?? 0) / papers;
      if (count < INFERRED.papers || share < INFERRED.share || !(base > 0)) continue;
      const lift = share / base;
      if (lift >= INFERRED.lift) found.push({ facet, value, label: facetLabel(facet, value), phrase: q, lift });
    }
  }
  return found
    .sort((a, b) => b.lift - a.lift)
    .slice(0, INFERRED.most)
    .map(({ lift, ...f }) => (void lift, f));
}

/** How many papers carry each value of the inferred facets, in the whole catalogue. */
export const catalogueQuery = (countingFacet: string): MultiSearchQuery => ({
  indexUid: INDEX_UID,
  q: "",
  facets: [...INFERRED_FACETS, countingFacet],
  limit: 0,
});

// The catalogue's distribution changes only with an ingest: kept a few minutes, like the unit counts.
const TTL_MS = 5 * 60_000;
let cached: { at: number; value: Promise<{ distribution: Distribution; papers: number }> } | null = null;

export function catalogueDistribution(
  fetch: () => Promise<{ distribution: Distribution; papers: number }>,
): Promise<{ distribution: Distribution; papers: number }> {
  const now = Date.now();
  if (!cached || now - cached.at >= TTL_MS) {
    const value = fetch();
    cached = { at: now, value };
    // A failed fetch is not kept: the next search asks again.
    value.catch(() => {
      if (cached?.value === value) cached = null;
    });
  }
  return cached.value;
}
