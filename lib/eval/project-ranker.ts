import { parseSearchState } from "../search-params";
import { searchPapers } from "../search";
import type { Ranker } from "./search-eval";

/** The project's own search as the page shows it: three pages of hits, then the related papers. */
export const projectRanker: Ranker = async (q) => {
  const ids: string[] = [];
  for (let page = 1; page <= 3; page++) {
    const r = await searchPapers(parseSearchState(new URLSearchParams({ q, page: String(page) })));
    ids.push(...r.hits.map((h) => h.id), ...r.related.map((h) => h.id));
    if (page >= r.totalPages) break;
  }
  return ids;
};
