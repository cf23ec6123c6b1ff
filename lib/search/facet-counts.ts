import "server-only";
import type { MultiSearchQuery } from "meilisearch";
import { EMPTY_STATE, type SearchState } from "../search-params";
import { FACET_NAMES, TAXONOMY, type FacetName } from "../taxonomy";
import { buildFilter } from "./build-query";
import { searchClient } from "./client";
import { INDEX_UID } from "./settings";
import { fromEngine } from "./unavailable";

/** A facet or the year: what counts can be broken down by. */
export type CountedFacet = FacetName | "year";

export interface FacetTotals {
  total: number;
  counts: Record<CountedFacet, Record<string, number>>;
}

/** Papers per value of one facet, among papers with one value of another: a row of the map. */
export interface CrossRow {
  value: string;
  total: number;
  cells: Record<string, number>;
}

export interface CrossCounts {
  rows: FacetName;
  cols: CountedFacet;
  table: CrossRow[];
}

const COUNTED: CountedFacet[] = [...FACET_NAMES, "year"];

function only(facet: FacetName, value: string): string[] {
  return buildFilter({ ...EMPTY_STATE, [facet]: [value] } as SearchState);
}

function totalsQuery(): MultiSearchQuery {
  return { indexUid: INDEX_UID, q: "", facets: COUNTED, limit: 0 };
}

function toTotals(result: { estimatedTotalHits?: number; totalHits?: number; facetDistribution?: Record<string, Record<string, number>> }): FacetTotals {
  const counts = Object.fromEntries(COUNTED.map((f) => [f, result.facetDistribution?.[f] ?? {}])) as FacetTotals["counts"];
  return { total: result.totalHits ?? result.estimatedTotalHits ?? 0, counts };
}

/** How many papers carry each value of every facet, and each year: one query. */
export async function facetTotals(): Promise<FacetTotals> {
  const { results } = await fromEngine(() => searchClient().multiSearch({ queries: [totalsQuery()] }));
  return toTotals(results[0]);
}

/**
 * For each pair, every value of `rows` against every value of `cols`, plus the catalogue's
 * totals: one multi-search with a counting query (limit 0) per row value.
 */
export async function crossCounts(pairs: { rows: FacetName; cols: CountedFacet }[]): Promise<{ totals: FacetTotals; crosses: CrossCounts[] }> {
  const plan = pairs.flatMap(({ rows, cols }) => (FACET_NAMES.includes(rows) ? rowValues(rows).map((value) => ({ rows, cols, value })) : []));
  const queries: MultiSearchQuery[] = [
    totalsQuery(),
    ...plan.map(({ rows, cols, value }) => ({ indexUid: INDEX_UID, q: "", filter: only(rows, value), facets: [cols], limit: 0 })),
  ];
  const { results } = await fromEngine(() => searchClient().multiSearch({ queries }));
  const crosses = pairs.map(({ rows, cols }) => ({ rows, cols, table: [] as CrossRow[] }));
  plan.forEach(({ rows, cols, value }, i) => {
    const result = results[i + 1];
    const cross = crosses.find((c) => c.rows === rows && c.cols === cols)!;
    cross.table.push({ value, total: result.estimatedTotalHits ?? result.totalHits ?? 0, cells: result.facetDistribution?.[cols] ?? {} });
  });
  return { totals: toTotals(results[0]), crosses };
}

function rowValues(facet: FacetName): string[] {
  return TAXONOMY[facet].values.map((v) => v.slug);
}
