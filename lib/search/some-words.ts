import type { MultiSearchQuery, MultiSearchQueryWithFederation } from "meilisearch";
import { INDEX_UID } from "./settings";

/** The weight, against the least of the searches leaving one unit out, of papers holding only some words, words dropped from the end. */
export const SOME_WORDS_TAIL = 0.5;

/** BM25's inverse document frequency: how much a unit of the query says, from how many of `n` papers hold it. */
export const idf = (papers: number, n: number) => Math.log(1 + (n - papers + 0.5) / (papers + 0.5));

/** The searches that count how many papers hold each unit ("" counts every paper): what weighs the units against each other. */
export function unitCountQueries(units: string[], countingFacet: string): MultiSearchQuery[] {
  return units.map((q) => ({ indexUid: INDEX_UID, q, matchingStrategy: "all", facets: [countingFacet], limit: 0 }));
}

// A typist repeats the units of a query keystroke after keystroke ("linear attention s", "… sp"):
// their counts are kept a few minutes. A count a little stale after an ingest only shifts a weight.
const COUNT_TTL_MS = 5 * 60_000;
const COUNT_CACHE_MAX = 2000;
const counted = new Map<string, { papers: number; at: number }>();

/** How many papers hold each unit, from the cache or from `count` for those it lacks. */
export async function unitPapers(units: string[], count: (units: string[]) => Promise<number[]>): Promise<number[]> {
  const now = Date.now();
  const key = (u: string) => u.toLowerCase();
  const missing = [...new Set(units.map(key))].filter((u) => !(now - (counted.get(u)?.at ?? -Infinity) < COUNT_TTL_MS));
  if (missing.length) {
    const papers = await count(missing);
    if (counted.size + missing.length > COUNT_CACHE_MAX) counted.clear();
    missing.forEach((u, i) => counted.set(u, { papers: papers[i], at: now }));
  }
  return units.map((u) => counted.get(key(u))!.papers);
}

/**
 * Papers holding all the units of the query but one, a search for each unit left out, weighted by
 * the share of the query's information (idf) the others keep: for "vision mamba" the Mamba papers
 * come before the other vision papers, for "vision transformer segmentation medical" medical
 * segmentation before vision transformers for segmentation. Meilisearch merges them by weighted
 * score, each paper once at its best. Null when the query is one unit ("early exit" is not "early").
 */
export function dropOneQueries(base: MultiSearchQuery, units: string[], papers: number[], total: number): MultiSearchQueryWithFederation[] | null {
  if (units.length < 2) return null;
  const weights = papers.map((n) => idf(n, total));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return null;
  return units.map((_, dropped) => ({
    ...base,
    q: units.filter((_, k) => k !== dropped).join(" "),
    matchingStrategy: "all",
    federationOptions: { weight: (sum - weights[dropped]) / sum },
  }));
}

/**
 * Papers carrying `filter` (a value the every-word papers of the query share: inferred-topics.ts)
 * and holding one of the units, each unit's search weighted like the unit-dropping searches, by
 * the share of the query's information it holds, times `weight`: for "deformable attention" the
 * sparse-attention papers saying "attention" before the linear-attention ones.
 */
export function carryingQueries(
  base: MultiSearchQuery,
  units: string[],
  papers: number[],
  total: number,
  filter: string,
  weight: number,
): MultiSearchQueryWithFederation[] {
  if (units.length < 2) return [];
  const weights = papers.map((n) => idf(n, total));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return [];
  const filters = Array.isArray(base.filter) ? (base.filter as string[]) : base.filter ? [base.filter as string] : [];
  return units.map((unit, i) => ({
    ...base,
    q: unit,
    matchingStrategy: "all",
    filter: [...filters, filter],
    federationOptions: { weight: (weight * weights[i]) / sum },
  }));
}
