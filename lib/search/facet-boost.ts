import type { MultiSearchQuery, MultiSearchQueryWithFederation } from "meilisearch";
import type { QueryFacet } from "./query-facets";

/**
 * How much a paper's ranking score is raised when it carries the facet values the query names:
 * by `any` when it carries one of them, by `all` when it carries a value for every phrase that
 * names one ("time series" and "mamba" in "mamba time series"). `tagged` is the weight, among the
 * papers with some of the words, of those carrying every named value and holding one phrase's words.
 * Chosen on the tuning queries (docs/search-relevance.md): a tagged paper rises over one that
 * merely holds the words, not over one holding them as a phrase in its title.
 */
export const FACET_BOOST = { any: 0.25, all: 0.5, tagged: 0.9 };

const quote = (value: string) => JSON.stringify(value);

/** One clause per phrase of the query: the values it names, ORed (a model name may imply several). */
function phraseClauses(named: QueryFacet[]): string[] {
  const byPhrase = new Map<string, QueryFacet[]>();
  for (const f of named) byPhrase.set(f.phrase.toLowerCase(), [...(byPhrase.get(f.phrase.toLowerCase()) ?? []), f]);
  return [...byPhrase.values()].map((values) => `(${values.map((v) => `${v.facet} = ${quote(v.value)}`).join(" OR ")})`);
}

const filterOf = (query: MultiSearchQuery): string[] =>
  query.filter === undefined ? [] : Array.isArray(query.filter) ? (query.filter as string[]) : [query.filter];

/**
 * The federated queries that rank `query`'s papers with a boost for the facet values the query
 * names: the same words and filters three times, once as they are, once for the papers carrying
 * any named value and once for those carrying one per phrase. Meilisearch merges them by weighted
 * score and returns each paper once (its best), so the set of papers, and their count, is the
 * query's own; only their order changes. Null when the query names no facet value.
 */
export function boostedQueries(query: MultiSearchQuery, named: QueryFacet[], options: { tagged?: boolean } = {}): MultiSearchQueryWithFederation[] | null {
  if (!named.length) return null;
  // A federated query pages and counts facets for the whole federation, not per query.
  const base = { ...query, facets: undefined, page: undefined, hitsPerPage: undefined, limit: undefined, offset: undefined, filter: filterOf(query) };
  const clauses = phraseClauses(named);
  const queries: MultiSearchQueryWithFederation[] = [
    { ...base, federationOptions: { weight: 1 } },
    { ...base, filter: [...filterOf(base), clauses.join(" OR ")], federationOptions: { weight: 1 + FACET_BOOST.any } },
  ];
  if (clauses.length > 1) queries.push({ ...base, filter: [...filterOf(base), ...clauses], federationOptions: { weight: 1 + FACET_BOOST.all } });
  // The papers carrying a value for every phrase and holding the words of one of them ("time series"
  // for "mamba time series": a time-series RWKV paper), below the papers holding more of the words.
  if (options.tagged && clauses.length > 1)
    for (const phrase of new Set(named.map((f) => f.phrase.toLowerCase())))
      queries.push({ ...base, q: phrase, matchingStrategy: "all", filter: [...filterOf(base), ...clauses], federationOptions: { weight: FACET_BOOST.tagged } });
  return queries;
}
