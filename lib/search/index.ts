// What pages and route handlers may ask of the search engine. Scripts and tests that
// build the index import `client`, `index-papers` and `settings` directly.
export { catalogueInfo, closeMatches, getPaper, similarPapers } from "./papers";
export { relaxations, searchPage, searchPapers } from "./search-papers";
export { ANSWER_HEADER, paperAnswer, searchPageAnswer } from "./page-answers";
export type { FacetCounts, PaperHit, PaperSummary, Relaxation, SearchResult } from "./search-papers";
export { OUTAGE_TEXT, OUTAGE_TITLE, RETRY_AFTER_SECONDS, SearchUnavailableError } from "./unavailable";
export { crossCounts, facetTotals } from "./facet-counts";
export type { CountedFacet, CrossCounts, CrossRow, FacetTotals } from "./facet-counts";
export { exportPapers } from "./export-papers";
export { allPaperLinks } from "./paper-slugs";
export type { PaperLink } from "./paper-slugs";
export { sortGap } from "./sort-gaps";
export type { SortGap } from "./sort-gaps";
