import type { Metadata } from "next";
import { ActiveFilters } from "@/components/active-filters";
import { EmptyResults } from "@/components/empty-results";
import { FacetSidebar } from "@/components/facet-sidebar";
import { FacetSuggestions } from "@/components/facet-suggestions";
import { FilterDrawer } from "@/components/filter-drawer";
import { Pagination } from "@/components/pagination";
import { RelatedResults } from "@/components/related-results";
import { ResultCard } from "@/components/result-card";
import { SearchBox } from "@/components/search-box";
import { SearchSuggestions } from "@/components/search-suggestions";
import { SearchUnavailable } from "@/components/search-unavailable";
import { SortTabs } from "@/components/sort-tabs";
import { plural } from "@/lib/format";
import { hasFilters, parseSearchState, selectedFilters } from "@/lib/search-params";
import { relaxations, searchPapers, SearchUnavailableError, type Relaxation, type SearchResult } from "@/lib/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseSearchState(await searchParams);
  return state.q ? { title: `“${state.q}”` } : {};
}

export default async function SearchPage({ searchParams }: Props) {
  const state = parseSearchState(await searchParams);
  let result: SearchResult, relax: Relaxation[];
  try {
    result = await searchPapers(state);
    relax = result.hits.length === 0 ? await relaxations(state) : [];
  } catch (error) {
    // proxy.ts answers with a 503 while the engine is down; this covers one that fails mid-request.
    if (error instanceof SearchUnavailableError) return <SearchUnavailable />;
    throw error;
  }
  const empty = result.hits.length === 0;

  return (
    <main className="mx-auto max-w-7xl px-4 pt-4">
      <SearchBox state={state} />
      {!state.q && !hasFilters(state) && <SearchSuggestions />}
      <div className="mt-4 grid gap-x-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="min-w-0">
          <FilterDrawer activeCount={selectedFilters(state).length}>
            <FacetSidebar state={state} counts={result.facets} />
          </FilterDrawer>
        </div>
        <div id="results" className="min-w-0">
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2 lg:mt-0">
            <p className="text-sm text-zinc-600 dark:text-zinc-400" role="status" data-testid="result-count">
              <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{plural(result.total, "paper")}</strong>
              {state.q && <> for “{state.q}”</>} <span className="text-zinc-400">in {result.processingTimeMs} ms</span>
              {result.totalPages > 1 && (
                <>
                  {" "}
                  · page {state.page} of {result.totalPages}
                </>
              )}
            </p>
            <SortTabs state={state} />
          </div>
          <FacetSuggestions state={state} suggestions={result.suggestions} counts={result.facets} />
          <div className="mt-2">
            <ActiveFilters state={state} />
          </div>
          {empty ? (
            <div className="mt-4">
              <EmptyResults state={state} relaxations={relax} />
            </div>
          ) : (
            <div className="mt-1">
              {result.hits.map((hit) => (
                <ResultCard key={hit.id} hit={hit} />
              ))}
            </div>
          )}
          <RelatedResults q={state.q} hits={result.related} />
          <Pagination state={state} totalPages={result.totalPages} />
        </div>
      </div>
    </main>
  );
}
