import "server-only";
import type { Hit, MultiSearchQuery, MultiSearchQueryWithFederation, MultiSearchResponse } from "meilisearch";
import type { Paper } from "../paper";
import { MAX_PAGE, type SearchState } from "../search-params";
import { buildFilter, buildSearchQueries, PAGE_SIZE, SIDEBAR_FACETS, type SidebarFacet } from "./build-query";
import { federatedSearch, multiSearch } from "./client";
import { boostedQueries, FACET_BOOST, namedFilter } from "./facet-boost";
import { INDEX_UID } from "./settings";
import { findQueryFacets, namedByModel, queryUnits, rankingFacets, type QueryFacet } from "./query-facets";
import { carryingQueries, dropOneQueries, SOME_WORDS_TAIL, unitCountQueries, unitPapers } from "./some-words";
import { matchesKey, recentFewMatches, rememberMatches } from "./few-matches";
import { fromEngine } from "./unavailable";
import { sortGapQuery, toSortGap, type SortGap } from "./sort-gaps";
import { catalogueDistribution, catalogueQuery, inferTopics, type Distribution } from "./inferred-topics";

export type PaperSummary = Pick<
  Paper,
  | "id"
  | "slug"
  | "title"
  | "modelName"
  | "date"
  | "year"
  | "upvotes"
  | "authorCount"
  | "organization"
  | "codeUrl"
  | "domain"
  | "task"
  | "technique"
  | "architecture"
  | "contribution"
>;

export interface PaperHit extends PaperSummary {
  /** Title and abstract snippet with matches wrapped in MATCH_START / MATCH_END. */
  titleMarked: string;
  snippetMarked: string;
  /** The words of the paper that matched the query (after typos and synonyms). */
  matchedWords: string[];
}

export type FacetCounts = Record<SidebarFacet, { value: string; count: number }[]>;

export interface SearchResult {
  hits: PaperHit[];
  total: number;
  page: number;
  totalPages: number;
  facets: FacetCounts;
  /**
   * When fewer than a page of papers hold every word of a query of several words: papers holding
   * only some of them, apart from `hits` and not in `total`, which counts papers holding every word.
   */
  related: PaperHit[];
  /**
   * For a query of one unit ("protein", "early exit"), the labels of the values it names: `related`
   * then holds papers carrying them (and papers with some of its words), not only papers with some words.
   */
  relatedTopics: string[];
  /** Facet values the query names that are not selected yet: offered as filters, never applied. */
  suggestions: QueryFacet[];
  processingTimeMs: number;
  /** With `{ sortGap: true }`: how many papers the sort cannot place (null under relevance). */
  sortGap?: SortGap | null;
}

type RawHit = Hit<PaperSummary & { abstract: string }>;

const TEXT_ATTRIBUTES = new Set(["title", "modelName", "abstract"]);
/** How far past a match's reported length its word may run (a typo or prefix match reports the query word's length). */
const WORD_TAIL_BYTES = 96;

/**
 * Meilisearch reports match positions in UTF-8 bytes, and for a typo or prefix
 * match only the part as long as the query word: extend it to the whole word.
 */
function matchedWords(hit: RawHit): string[] {
  const words = new Set<string>();
  // Meilisearch reports positions in every displayed attribute, arrays too ("technique" holds
  // "quantization"): only the text a reader sees is read here.
  for (const [attribute, positions] of Object.entries(hit._matchesPosition ?? {})) {
    if (!TEXT_ATTRIBUTES.has(attribute)) continue;
    const original = Buffer.from(String((hit as Record<string, unknown>)[attribute] ?? ""));
    for (const p of positions) {
      // Only the bytes the word can span are decoded, not the whole rest of the abstract at every match.
      const rest = original.subarray(p.start, p.start + p.length + WORD_TAIL_BYTES).toString();
      const word = /^[\p{L}\p{N}]+/u.exec(rest)?.[0] ?? original.subarray(p.start, p.start + p.length).toString();
      words.add(word.toLowerCase());
    }
  }
  return [...words].filter(Boolean).slice(0, 8);
}

function toHit(hit: RawHit, withAbstractStart: boolean): PaperHit {
  const { _formatted, _matchesPosition, abstract, ...summary } = hit;
  void _matchesPosition;
  const snippet = _formatted?.abstract ?? abstract;
  return {
    ...summary,
    titleMarked: _formatted?.title ?? summary.title,
    snippetMarked: withAbstractStart ? abstract.slice(0, 280) + (abstract.length > 280 ? "…" : "") : snippet,
    matchedWords: matchedWords(hit),
  };
}

function facetCounts(responses: MultiSearchResponse["results"]): FacetCounts {
  const counts = Object.fromEntries(SIDEBAR_FACETS.map((f) => [f, []])) as unknown as FacetCounts;
  for (const response of responses) {
    for (const [facet, distribution] of Object.entries(response.facetDistribution ?? {})) {
      counts[facet as SidebarFacet] = Object.entries(distribution)
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
    }
  }
  return counts;
}

/**
 * Meilisearch stops counting hits at maxTotalHits, but facet counts cover every match. Every
 * paper has `hasCode` true or false, so the two counts add up to the true total at any size.
 */
const COUNTING_FACET = "hasCode";

function trueTotal(response: MultiSearchResponse["results"][number]): number {
  const distribution = response.facetDistribution?.[COUNTING_FACET];
  if (!distribution) return response.totalHits ?? response.estimatedTotalHits ?? 0;
  return Object.values(distribution).reduce((sum, n) => sum + n, 0);
}

/** The multi-search a search sends to Meilisearch. */
export function searchRequest(state: SearchState): MultiSearchQuery[] {
  const queries = buildSearchQueries(state);
  queries[0].attributesToRetrieve = [...(queries[0].attributesToRetrieve ?? []), "abstract"];
  const counted = queries[0].facets?.includes(COUNTING_FACET);
  if (!counted) queries[0].facets = [...(queries[0].facets ?? []), COUNTING_FACET];
  return queries;
}

/**
 * The first requests a search sends Meilisearch, in parallel: the multi-search (hits or counts, facets)
 * and, under relevance with facet phrases in the query, the federated search that ranks the page.
 * (What a search sends in all, step by step, is what `recordEngineRequests` lists: the bench replays that.)
 */
function engineRequests(state: SearchState, options: { sortGap?: boolean } = {}) {
  const queries = searchRequest(state);
  // The page's count of what the sort cannot place rides in the same request: one round trip.
  const gapQuery = options.sortGap ? sortGapQuery(state) : null;
  const offered = state.q ? findQueryFacets(state.q) : [];
  // A backbone named in most papers is offered as no filter but says the field: it boosts too.
  const named = state.q ? rankingFacets(state.q, offered) : [];
  // Under relevance, papers carrying the facet values the query names rank higher: the same papers, boosted.
  const boosted = state.sort === "relevance" ? boostedQueries(queries[0], named) : null;
  // The boosted search ranks the page; the main query then only counts (no hits to rank, crop or highlight).
  const counting = boosted ? [{ ...queries[0], hitsPerPage: 0 }, ...queries.slice(1)] : queries;
  return {
    queries,
    named,
    offered,
    hasSortGap: gapQuery !== null,
    multi: gapQuery ? [...counting, gapQuery] : counting,
    federated: boosted ? { queries: boosted, federation: { offset: (state.page - 1) * PAGE_SIZE, limit: PAGE_SIZE } } : null,
  };
}

export async function searchPapers(state: SearchState, options: { sortGap?: boolean } = {}): Promise<SearchResult> {
  const started = performance.now();
  const { queries, named, offered, hasSortGap, multi, federated } = engineRequests(state, options);
  // Papers holding some of the words follow a first page that every-word papers do not fill.
  // A query of one unit also relates by what it names: the papers carrying those values.
  const topics = state.sort === "relevance" ? topicsOf(state.q, offered) : [];
  const mayRelate = state.page === 1 && (wordCount(state.q) >= 2 || topics.length > 0);
  const key = mayRelate ? matchesKey(queries[0]) : "";
  const predicted = mayRelate ? recentFewMatches(key) : undefined;
  const early = predicted === undefined ? null : relatedSearch(state, queries[0], predicted.total, named, topics, predicted.inferred);
  // Not awaited when the prediction misses: its failure is then nobody's to report.
  early?.catch(() => undefined);
  const [{ results }, ranked] = await Promise.all([
    fromEngine(() => multiSearch(multi)),
    federated ? fromEngine(() => federatedSearch(federated.queries, federated.federation)) : null,
  ]);
  const main = results[0];
  const mainHits = (ranked ? ranked.hits : main.hits) as RawHit[];
  const total = trueTotal(main);
  const facets = facetCounts(results.slice(0, queries.length));
  // Pages stop where ranking stops (MAX_PAGE × PAGE_SIZE); the total stays the true count.
  const totalPages = Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / PAGE_SIZE)));
  // A query of few papers that names no value is read by what its papers share ("activation sparsity": pruning).
  const inferred =
    state.sort === "relevance" && state.page === 1 && !topics.length && total > 0 && total < PAGE_SIZE
      ? await inferredTopics(state.q, facets, total, named)
      : [];
  if (mayRelate) rememberMatches(key, total, PAGE_SIZE, inferred);
  const relating = (mayRelate && total < PAGE_SIZE) || inferred.length > 0;
  const asPredicted = predicted?.total === total && sameValues(predicted.inferred, inferred);
  const related = relating ? unseen(await (early && asPredicted ? early : relatedSearch(state, queries[0], total, named, topics, inferred)), mainHits) : [];
  return {
    hits: mainHits.map((h) => toHit(h, !state.q)),
    total,
    page: state.page,
    totalPages,
    facets,
    related,
    relatedTopics: related.length ? (topics.length ? topics : queryUnits(state.q).length === 1 ? inferred : []).map((f) => f.label) : [],
    suggestions: offered.filter((s) => !(state[s.facet] as string[]).includes(s.value)),
    processingTimeMs: Math.max(main.processingTimeMs, Math.round(performance.now() - started)),
    ...(options.sortGap ? { sortGap: hasSortGap ? toSortGap(state, results[queries.length]) : null } : {}),
  };
}

/** The values each unit names, by that unit: a model's name split into its words also names by each word ("vision", "mamba"). */
const unitFacets = (units: string[]) => units.flatMap((u) => findQueryFacets(u).map((f) => ({ ...f, phrase: u })));

/**
 * The values a query of one unit names by a phrase of the field ("protein": Biomedical), not by a
 * model's name, which implies its family and field too broadly (MLP-Mixer: Vision).
 */
const topicsOf = (q: string, named: QueryFacet[]) => (queryUnits(q).length === 1 ? named.filter((f) => !namedByModel(f)) : []);

/** The values the papers holding every word share, beyond those the query names; the catalogue's counts cached. */
async function inferredTopics(q: string, matched: Distribution, total: number, named: QueryFacet[]): Promise<QueryFacet[]> {
  const catalogue = await catalogueDistribution(async () => {
    const { results } = await fromEngine(() => multiSearch([catalogueQuery(COUNTING_FACET)]));
    const distribution = facetCounts(results) as Distribution;
    return { distribution, papers: trueTotal(results[0]) };
  });
  const isNamed = new Set(named.map((f) => `${f.facet}:${f.value}`));
  return inferTopics(q, matched, total, catalogue.distribution, catalogue.papers).filter((f) => !isNamed.has(`${f.facet}:${f.value}`));
}

const valueKeys = (values: QueryFacet[]) => values.map((f) => `${f.facet}:${f.value}`).join(",");
const sameValues = (a: QueryFacet[], b: QueryFacet[]) => valueKeys(a) === valueKeys(b);

const wordCount = (q: string) => q.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

const filterList = (filter: MultiSearchQuery["filter"]): string[] => (Array.isArray(filter) ? (filter as string[]) : filter ? [filter as string] : []);

/** The related papers not already shown, each once, a page of them. */
function unseen(hits: RawHit[], shown: RawHit[]): PaperHit[] {
  const seen = new Set<string>(shown.map((h) => h.id));
  return hits
    .filter((h) => !seen.has(h.id) && seen.add(h.id))
    .slice(0, PAGE_SIZE)
    .map((h) => toHit(h, false));
}

/**
 * Papers holding some of the words of a search of `total` every-word papers (fewer than a page).
 * Under relevance: the query with each of its units left out in turn (some-words.ts), the papers
 * keeping the rarer units first, then (for a query naming values by two or more phrases) the
 * papers carrying a value for every phrase and holding one phrase's words, and last any paper
 * holding some words, words dropped from the end. A query of one unit that names values (`topics`):
 * the papers carrying them, those holding some of its words first, then the papers with some of its
 * words. Under a sort, only the last: the sort orders them.
 */
async function relatedSearch(
  state: SearchState,
  main: MultiSearchQuery,
  total: number,
  named: QueryFacet[],
  topics: QueryFacet[],
  inferred: QueryFacet[] = [],
): Promise<RawHit[]> {
  if (state.sort === "relevance") {
    const base = { ...main, facets: undefined, page: undefined, hitsPerPage: undefined, limit: undefined, offset: undefined };
    const units = queryUnits(state.q);
    // How many papers hold each unit, and ("") how many there are: cached, else one more small round trip.
    const papers =
      units.length > 1
        ? await unitPapers([...units, ""], async (missing) =>
            (await fromEngine(() => multiSearch(unitCountQueries(missing, COUNTING_FACET)))).results.map(trueTotal),
          )
        : [];
    const dropOne = (units.length > 1 && dropOneQueries(base, units, papers.slice(0, -1), papers[papers.length - 1])) || [];
    const tagged = namedFilter(topics.length || units.length > 1 ? topics : inferred);
    if (tagged) {
      // The labels of a named kind ("protein") are not indexed, nor the words of a family ("model compression"): these papers hold none.
      const filter = [...filterList(base.filter), tagged];
      const { results } = await fromEngine(() =>
        multiSearch([
          { ...base, matchingStrategy: "last", filter, limit: total + PAGE_SIZE },
          { ...base, q: "", filter, limit: total + PAGE_SIZE * 2 },
          { ...base, matchingStrategy: "last", limit: total + PAGE_SIZE },
        ]),
      );
      return results.flatMap((r) => r.hits as RawHit[]);
    }
    const carrying = namedFilter(inferred);
    const weights = dropOne.map((q) => q.federationOptions?.weight ?? 1);
    const [best, worst] = weights.length ? [Math.max(...weights), Math.min(...weights)] : [1, 1];
    const queries: MultiSearchQueryWithFederation[] = [
      ...dropOne,
      ...(boostedQueries(base, [...named, ...unitFacets(units)], { related: { weight: best } }) ?? []),
      // Papers carrying what the every-word papers share, holding one of the units.
      ...(carrying ? carryingQueries(base, units, papers.slice(0, -1), papers[papers.length - 1], carrying, FACET_BOOST.carrying) : []),
      { ...base, matchingStrategy: "last", federationOptions: { weight: SOME_WORDS_TAIL * worst } },
    ];
    // Merged by weighted score, every-word papers come anywhere: ask for them too (unseen drops them).
    return (await fromEngine(() => federatedSearch(queries, { offset: 0, limit: total + PAGE_SIZE }))).hits as RawHit[];
  }
  // Same words, filters and sort; no facets, and an offset in place of the page.
  const partial: MultiSearchQuery = {
    ...main,
    facets: undefined,
    page: undefined,
    hitsPerPage: undefined,
    matchingStrategy: "last",
    offset: total,
    limit: PAGE_SIZE,
  };
  const { results } = await fromEngine(() => multiSearch([partial]));
  return results.flatMap((r) => r.hits as RawHit[]);
}

/** What the search page asks: the search with its sort gap and, for an empty result, the ways out of it. */
export async function searchPage(state: SearchState): Promise<{ result: SearchResult; relax: Relaxation[] }> {
  const result = await searchPapers(state, { sortGap: true });
  return { result, relax: result.hits.length === 0 ? await relaxations(state) : [] };
}

export interface Relaxation {
  /** A filter name, "q" for the query itself, or "filters" for every filter at once. */
  remove: SidebarFacet | "q" | "filters";
  total: number;
}

/** For an empty result: how many papers each single removal (or dropping every filter) would bring back. */
export async function relaxations(state: SearchState): Promise<Relaxation[]> {
  const active = SIDEBAR_FACETS.filter((f) => buildFilter(state).length !== buildFilter(state, f).length);
  const removable: Relaxation["remove"][] = [...active, ...(state.q ? (["q"] as const) : []), ...(active.length > 1 ? (["filters"] as const) : [])];
  if (!removable.length) return [];
  const queries = removable.map((remove) => ({
    indexUid: INDEX_UID,
    q: remove === "q" ? "" : state.q,
    matchingStrategy: "all" as const,
    filter: remove === "q" ? buildFilter(state) : remove === "filters" ? [] : buildFilter(state, remove),
    facets: [COUNTING_FACET],
    limit: 0,
  }));
  const { results } = await fromEngine(() => multiSearch(queries));
  // The smallest change first: single removals by what they bring back, then dropping every filter.
  return removable
    .map((remove, i) => ({ remove, total: trueTotal(results[i]) }))
    .sort((a, b) => Number(a.remove === "filters") - Number(b.remove === "filters") || b.total - a.total);
}
