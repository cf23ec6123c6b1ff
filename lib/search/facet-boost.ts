import type { MultiSearchQuery, MultiSearchQueryWithFederation } from "meilisearch";
import type { QueryFacet } from "./query-facets";

/**
 * How much a paper's ranking score is raised when it carries one of the facet values the query
 * names (`any`), more when it carries a value for every phrase that names one (`every`: "long
 * context" and "language model"), and more when its title (or model name) also holds the words
 * (`title`), each multiplied. `tagged` is the weight, among the papers with some of the words, of
 * those carrying a value for every phrase ("time series" and "mamba" in "mamba time series") and
 * holding one phrase's words, against the best search that leaves one unit out (some-words.ts).
 * Chosen on the tuning queries (docs/search-relevance.md): a tagged paper rises over one that
 * merely holds the words.
 */
export const FACET_BOOST = { any: 0.25, every: 0.1, tagged: 1.1, title: 0.1, broad: 0.3, carrying: 1.1 } as const;

/**
 * Facets whose values name what a paper is made of or works on, not what it is about: "vision" in
 * "pruning vision transformer" says where the pruning is applied. Beside a phrase naming a
 * technique, task or kind of paper, a paper carrying only such a value rises by `broad` × `any`.
 */
const BROAD_FACETS: ReadonlySet<string> = new Set(["domain", "architecture"]);

const quote = (value: string) => JSON.stringify(value);

function phraseGroups(named: QueryFacet[]): QueryFacet[][] {
  const byPhrase = new Map<string, QueryFacet[]>();
  for (const f of named) byPhrase.set(f.phrase.toLowerCase(), [...(byPhrase.get(f.phrase.toLowerCase()) ?? []), f]);
  return [...byPhrase.values()];
}

/**
 * What a paper must carry to be boosted for a value the query names, where the value alone says too
 * little. A generic architecture evaluated by perplexity is tagged language modelling but its domain
 * is General (the labelling conventions); a reader typing "llm" or "language model" means models
 * of language: the Language domain as well.
 */
const BOOSTED_AS: Readonly<Record<string, string>> = {
  "task:language-modeling": `(task = "language-modeling" AND domain = "language")`,
};

const clauseOf = (values: QueryFacet[]) => `(${values.map((v) => BOOSTED_AS[`${v.facet}:${v.value}`] ?? `${v.facet} = ${quote(v.value)}`).join(" OR ")})`;

/** One clause per phrase of the query: the values it names, ORed (a model name may imply several). */
const phraseClauses = (named: QueryFacet[]): string[] => phraseGroups(named).map(clauseOf);

/** The filter of the papers carrying a value the query names (any phrase's), or null when it names none. */
export const namedFilter = (named: QueryFacet[]): string | null => (named.length ? phraseClauses(named).join(" OR ") : null);

const filterOf = (query: MultiSearchQuery): string[] =>
  query.filter === undefined ? [] : Array.isArray(query.filter) ? (query.filter as string[]) : [query.filter];

/**
 * The federated queries that rank `query`'s papers with those boosts: the same words and filters,
 * once as they are, once for the tagged papers and once for the tagged papers by title, each with
 * its weight. Meilisearch merges them by weighted score and returns each paper once (at its best),
 * so the set of papers, and their count, is the query's own; only their order changes. With
 * `related`, the tagged queries among the papers with some of the words. Null when there is nothing to boost.
 */
export function boostedQueries(
  query: MultiSearchQuery,
  named: QueryFacet[],
  options: { related?: { weight: number } } = {},
): MultiSearchQueryWithFederation[] | null {
  const clauses = phraseClauses(named);
  if (!query.q || !clauses.length || (options.related && clauses.length < 2)) return null;
  // A federated query pages and counts facets for the whole federation, not per query.
  const base = { ...query, facets: undefined, page: undefined, hitsPerPage: undefined, limit: undefined, offset: undefined, filter: filterOf(query) };
  const weighted = (q: MultiSearchQuery, weight: number): MultiSearchQueryWithFederation => ({ ...q, federationOptions: { weight } });
  if (options.related)
    // Among papers with some of the words, those carrying a value for every phrase and holding the
    // words of one of them ("time series" for "mamba time series": a time-series RWKV paper), at
    // `tagged` times `options.related.weight`.
    return [...new Set(named.map((f) => f.phrase.toLowerCase()))].map((phrase) =>
      weighted({ ...base, q: phrase, matchingStrategy: "all", filter: [...base.filter, ...clauses] }, FACET_BOOST.tagged * options.related!.weight),
    );
  // Each query costs the engine a search (~5-15 ms here): only the boosts that paid on the tuning
  // queries. Among tagged papers, those holding the words in their title first.
  const tagged = { ...base, filter: [...base.filter, clauses.join(" OR ")] };
  const every = { ...base, filter: [...base.filter, ...clauses] };
  // Beside a phrase naming a technique or task, the papers carrying only a broad value (a domain) rise less.
  const groups = phraseGroups(named);
  const broad = (values: QueryFacet[]) => values.every((v) => BROAD_FACETS.has(v.facet));
  const [narrowGroups, broadGroups] = [groups.filter((g) => !broad(g)), groups.filter(broad)];
  const taggedTiers =
    narrowGroups.length && broadGroups.length
      ? [
          weighted({ ...base, filter: [...base.filter, narrowGroups.map(clauseOf).join(" OR ")] }, 1 + FACET_BOOST.any),
          weighted({ ...base, filter: [...base.filter, broadGroups.map(clauseOf).join(" OR ")] }, 1 + FACET_BOOST.any * FACET_BOOST.broad),
        ]
      : [weighted(tagged, 1 + FACET_BOOST.any)];
  return [
    weighted(base, 1),
    ...taggedTiers,
    weighted({ ...tagged, attributesToSearchOn: ["modelName", "title"] }, (1 + FACET_BOOST.any) * (1 + FACET_BOOST.title)),
    ...(clauses.length > 1 ? [weighted(every, (1 + FACET_BOOST.any) * (1 + FACET_BOOST.every))] : []),
  ];
}
