import { filterLabel, filterValueLabel } from "@/lib/filter-labels";
import { FILTER_NAMES, isSelected, searchHref, selectedFilters, toggleFilter, type FilterName, type SearchState } from "@/lib/search-params";
import type { FacetCounts } from "@/lib/search";
import { isFacetName } from "@/lib/taxonomy";
import { FacetGroup, type FacetOption } from "./facet-group";

/** A filter's values with their counts; a selected value the results no longer contain still shows, with 0. */
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
    href: searchHref(toggleFilter(state, filter, value)),
  }));
}

/** Every filter with its values and disjunctive counts. */
export function FacetSidebar({ state, counts }: { state: SearchState; counts: FacetCounts }) {
  return (
    <nav aria-label="Filters">
      {FILTER_NAMES.map((filter) => {
        const options = optionsFor(filter, state, counts);
        return options.length ? (
          <FacetGroup key={filter} title={filterLabel(filter)} options={options} infoHref={isFacetName(filter) ? `/topics#${filter}` : undefined} />
        ) : null;
      })}
    </nav>
  );
}
