import "server-only";
import { INDEX_ONLY_FIELDS } from "./document";
import type { Hit } from "meilisearch";
import type { PaperRecord } from "../citation/citable";
import type { SearchState } from "../search-params";
import { buildSearchQueries } from "./build-query";
import { federatedSearch, searchClient } from "./client";
import { boostedQueries } from "./facet-boost";
import { rankingFacets } from "./query-facets";
import { fromEngine } from "./unavailable";

export interface ExportResult {
  papers: PaperRecord[];
  /** Every paper the search matches; more than papers.length when the export was cut. */
  total: number;
}

/**
 * The first `limit` papers of a search in the page's order, whole records without the
 * classifier's evidence: for exports and feeds. The page's own query is the base, so a
 * filter the page understands is understood here too.
 */
export async function exportPapers(state: SearchState, limit: number): Promise<ExportResult> {
  const [main] = buildSearchQueries({ ...state, page: 1 });
  const query = {
    indexUid: main.indexUid,
    q: main.q,
    matchingStrategy: main.matchingStrategy,
    filter: main.filter,
    sort: main.sort,
    hitsPerPage: limit,
    page: 1,
    attributesToRetrieve: ["*"],
  };
  // The page's ranking, boosts included: then the plain query only counts.
  const boosted = state.sort === "relevance" ? boostedQueries(query, state.q ? rankingFacets(state.q) : []) : null;
  const [{ results }, ranked] = await Promise.all([
    fromEngine(() => searchClient().multiSearch({ queries: [boosted ? { ...query, hitsPerPage: 0 } : query] })),
    boosted ? fromEngine(() => federatedSearch(boosted, { offset: 0, limit })) : null,
  ]);
  const papers = ((ranked ?? results[0]).hits as Hit<PaperRecord & { evidence?: unknown; sources?: unknown }>[]).map((hit) => {
    // The classifier's evidence and the dump lines are internal; everything else is the record.
    const record: Record<string, unknown> = { ...hit };
    for (const key of ["evidence", "sources", "_formatted", "_matchesPosition", "_rankingScore", ...INDEX_ONLY_FIELDS]) delete record[key];
    return record as PaperRecord;
  });
  return { papers, total: results[0].totalHits ?? results[0].estimatedTotalHits ?? papers.length };
}
