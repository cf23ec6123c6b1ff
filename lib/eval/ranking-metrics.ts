import type { Grade } from "./search-judgments";

export interface RankingScores {
  ndcg10: number;
  p10: number;
  recall50: number;
}

const gain = (grade: number) => 2 ** grade - 1;
const discount = (rank: number) => 1 / Math.log2(rank + 2);

/** nDCG@10 with graded gains 2^g − 1; the ideal ranking takes every judged paper in grade order. */
export function ndcgAt(k: number, ranked: string[], grades: Map<string, Grade>): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + gain(grades.get(id) ?? 0) * discount(i), 0);
  const ideal = [...grades.values()]
    .map(Number)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, g, i) => sum + gain(g) * discount(i), 0);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** Share of the top k with any relevance (grade ≥ 1). */
export function precisionAt(k: number, ranked: string[], grades: Map<string, Grade>): number {
  return ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / k;
}

/**
 * Share of the relevant papers (grade ≥ 1) found in the top k, out of at most k: a query with
 * more relevant papers than k can still reach 1, as a perfect ranking would.
 */
export function recallAt(k: number, ranked: string[], grades: Map<string, Grade>): number {
  const relevant = [...grades.values()].filter((g) => g > 0).length;
  return relevant === 0 ? 0 : ranked.slice(0, k).filter((id) => (grades.get(id) ?? 0) > 0).length / Math.min(k, relevant);
}

export function scoreRanking(ranked: string[], grades: Map<string, Grade>): RankingScores {
  return { ndcg10: ndcgAt(10, ranked, grades), p10: precisionAt(10, ranked, grades), recall50: recallAt(50, ranked, grades) };
}

export function meanScores(all: RankingScores[]): RankingScores {
  const mean = (key: keyof RankingScores) => all.reduce((s, x) => s + x[key], 0) / Math.max(1, all.length);
  return { ndcg10: mean("ndcg10"), p10: mean("p10"), recall50: mean("recall50") };
}
