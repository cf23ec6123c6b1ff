import { filterLabel, filterValueLabel } from "@/lib/filter-labels";
import {
  defaultSort,
  FILTER_NAMES,
  isExcluded,
  isSelected,
  searchHref,
  selectedFilters,
  toggleExclude,
  toggleFilter,
  type FilterName,
  type SearchState,
} from "@/lib/search-params";
import type { FacetCounts } from "@/lib/search";
import { isFacetName } from "@/lib/taxonomy";
import { FacetGroup, type FacetOption } from "./facet-group";

/** A filter's values with their counts; a chosen or excluded value the results no longer contain still shows. */
function optionsFor(filter: FilterName, state: SearchState, counts: FacetCounts): FacetOption[] {
  const values = counts[filter].filter((c) => filter !== "hasCode" || c.value === "true");
  for (const selected of selectedFilters(state)) {
    if (selected.filter === filter && !values.some((v) => v.value === selected.value)) values.push({ value: selected.value, count: 0 });
  }
  if (filter === "year") values.sort((a, b) => Number(b.value) - Number(a.value));
  return values.map(({ value, count }) => ({
    value,
    count,
    label: filterValueLabel(filter, value),
    selected: isSelected(state, filter, value),
    excluded: isExcluded(state, filter, value),
    href: searchHref(toggleFilter(state, filter, value)),
    excludeHref: isFacetName(filter) ? searchHref(toggleExclude(state, filter, value)) : undefined,
  }));
}

// The form field of each filter is its URL parameter, so a no-JavaScript submission is a search URL.
const FIELD: Record<FilterName, string> = {
  domain: "domain",
  task: "task",
  technique: "technique",
  architecture: "architecture",
  contribution: "contribution",
  year: "year",
  hasCode: "code",
};

/**
 * Every filter with its values and disjunctive counts, as one GET form: with JavaScript each change
 * navigates at once; without it, "Apply filters" submits the ticked boxes.
 */
export function FacetSidebar({ state, counts }: { state: SearchState; counts: FacetCounts }) {
  return (
    <form action="/" method="get" aria-label="Filters">
      {state.q && <input type="hidden" name="q" value={state.q} />}
      {state.sort !== defaultSort(state.q) && <input type="hidden" name="sort" value={state.sort} />}
      {FILTER_NAMES.map((filter) => {
        const options = optionsFor(filter, state, counts).map((o) => (filter === "hasCode" ? { ...o, value: "1" } : o));
        return options.length ? (
          <FacetGroup
            key={filter}
            name={FIELD[filter]}
            title={filterLabel(filter)}
            options={options}
            infoHref={isFacetName(filter) ? `/topics#${filter}` : undefined}
          />
        ) : null;
      })}
      <button type="submit" className="mt-3 hidden rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white noscript:block">
        Apply filters
      </button>
    </form>
  );
}
