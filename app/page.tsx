import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ActiveFilters } from "@/components/active-filters";
import { EmptyResults } from "@/components/empty-results";
import { FollowLinks } from "@/components/follow-links";
import { FacetSidebar } from "@/components/facet-sidebar";
import { FacetSuggestions } from "@/components/facet-suggestions";
import { FilterDrawer } from "@/components/filter-drawer";
import { Pagination } from "@/components/pagination";
import { RelatedResults } from "@/components/related-results";
import { ResultCard } from "@/components/result-card";
import { SearchBox } from "@/components/search-box";
import { SearchSuggestions } from "@/components/search-suggestions";
import { SearchUnavailable } from "@/components/search-unavailable";
import { firstMissing, SortNote } from "@/components/sort-note";
import { SortTabs } from "@/components/sort-tabs";
import { plural } from "@/lib/format";
import { searchMetadata } from "@/lib/search-metadata";
import { hasFilters, MAX_PAGE, parseSearchState, searchBoxLinks, searchHref, selectedFilters, serializeSearchState } from "@/lib/search-params";
import { ANSWER_HEADER, searchPageAnswer, SearchUnavailableError, type Relaxation, type SearchResult, type SortGap } from "@/lib/search";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const state = parseSearchState(await searchParams);
  return { ...(state.q ? { title: `“${state.q}”` } : {}), ...searchMetadata(state) };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const state = parseSearchState(params);
  let result: SearchResult, relax: Relaxation[], gap: SortGap | null;
  try {
    // proxy.ts has run this search to see that the engine answers: the page takes its answer.
    ({ result, relax } = await searchPageAnswer((await headers()).get(ANSWER_HEADER), state));
    gap = result.sortGap ?? null;
  } catch (error) {
    // proxy.ts answers with a 503 while the engine is down; this covers one that fails mid-request.
    if (error instanceof SearchUnavailableError) return <SearchUnavailable />;
    throw error;
  }
  // A page past the end (or past the last page a search can have) goes to the last page there is,
  // under its own URL, rather than "page 99 of 10" over nothing.
  const last = Math.min(result.totalPages, MAX_PAGE);
  const asked = params.page;
  if (state.page > last || (typeof asked === "string" && asked !== String(state.page) && state.page > 1)) redirect(searchHref({ ...state, page: last }));

  const empty = result.hits.length === 0;
  const from = serializeSearchState(state);
  const tail = firstMissing(gap, result.hits);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 pt-4 focus:outline-none">
      <h1 className="sr-only">{state.q ? `Search results for “${state.q}”` : "Search transformer-architecture papers"}</h1>
      <SearchBox q={state.q} {...searchBoxLinks(state)} />
      {!state.q && !hasFilters(state) && <SearchSuggestions />}
      <div className="mt-4 grid gap-x-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="min-w-0">
          <FilterDrawer activeCount={selectedFilters(state).length} total={result.total}>
            <FacetSidebar state={state} counts={result.facets} />
          </FilterDrawer>
        </div>
        <div id="results" className="min-w-0">
          <div className="mt-3 flex flex-wrap items-center justify-between gap-2 lg:mt-0">
            <p className="text-sm text-zinc-700 dark:text-zinc-300" role="status" data-testid="result-count">
              <strong className="font-semibold text-zinc-900 dark:text-zinc-100">{plural(result.total, "paper")}</strong>
              {state.q && <> for “{state.q}”</>} <span className="text-zinc-600 dark:text-zinc-400">in {result.processingTimeMs} ms</span>
              {result.totalPages > 1 && (
                <>
                  {" "}
                  · page {state.page} of {last}
                </>
              )}
            </p>
            <SortTabs state={state} />
          </div>
          {!empty && <SortNote gap={gap} total={result.total} />}
          <FacetSuggestions state={state} suggestions={result.suggestions} counts={result.facets} />
          {/* In the empty state the chips are shown once, inside it, next to the ways out. */}
          {!empty && (
            <div className="mt-2">
              <ActiveFilters state={state} />
            </div>
          )}
          {empty ? (
            <div className="mt-4">
              <EmptyResults state={state} relaxations={relax} />
            </div>
          ) : (
            <div className="mt-1">
              {result.hits.map((hit, i) => (
                <div key={hit.id}>
                  {i === tail && i > 0 && (
                    <p
                      className="mt-4 border-t border-zinc-300 pt-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:border-zinc-700 dark:text-zinc-400"
                      data-testid="sort-tail"
                    >
                      {state.sort === "newest" ? "Date unknown" : "No upvotes"}
                    </p>
                  )}
                  <ResultCard hit={hit} from={from} />
                </div>
              ))}
            </div>
          )}
          <RelatedResults q={state.q} hits={result.related} topics={result.relatedTopics} from={from} />
          <Pagination state={state} totalPages={result.totalPages} />
          <FollowLinks state={state} total={result.total} />
        </div>
      </div>
    </main>
  );
}
