import Link from "next/link";
import { filterLabel } from "@/lib/filter-labels";
import { searchHref, toggleFacet, type SearchState } from "@/lib/search-params";
import type { FacetSlug } from "@/lib/taxonomy";
import type { FacetCounts, SearchResult } from "@/lib/search";

/**
 * The facet values the query names ("speech" → Speech & audio), offered as one-click filters.
 * Nothing is applied until the reader clicks; the count is what the filter would leave.
 */
export function FacetSuggestions({ state, suggestions, counts }: { state: SearchState; suggestions: SearchResult["suggestions"]; counts: FacetCounts }) {
  if (!suggestions.length) return null;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-1.5 text-sm" role="group" aria-label="Filters your query names" data-testid="facet-suggestions">
      <span className="text-zinc-600 dark:text-zinc-400">Filter by</span>
      {suggestions.map((s) => {
        // A count is exact only while the facet has no value chosen: another would OR with it.
        const count = state[s.facet].length ? undefined : counts[s.facet].find((c) => c.value === s.value)?.count;
        return (
          <Link
            key={`${s.facet}:${s.value}`}
            href={searchHref(toggleFacet(state, s.facet, s.value as FacetSlug))}
            scroll={false}
            aria-label={`Add filter ${filterLabel(s.facet)}: ${s.label}${count === undefined ? "" : `, ${count} papers`}`}
            className="inline-flex items-center gap-1 rounded-full border border-sky-300 px-2.5 py-0.5 text-sky-800 hover:bg-sky-50 dark:border-sky-700 dark:text-sky-200 dark:hover:bg-sky-950"
          >
            <span aria-hidden="true">+</span>
            {/* The facet's name is in the accessible name; on a phone the value alone keeps the chip on one line. */}
            <span className="hidden text-zinc-600 sm:inline dark:text-zinc-400">{filterLabel(s.facet)}:</span> {s.label}
            {count !== undefined && <span className="text-zinc-600 tabular-nums dark:text-zinc-400">({count})</span>}
          </Link>
        );
      })}
    </div>
  );
}
