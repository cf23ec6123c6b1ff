import { filterLabel, filterValueLabel } from "@/lib/filter-labels";
import { FILTER_NAMES, isSelected, searchHref, toggleFilter, type FilterName, type SearchState } from "@/lib/search-params";
import type { FacetCounts } from "@/lib/search";
import { FacetGroup, type FacetOption } from "./facet-group";

function optionsFor(filter: FilterName, state: SearchState, counts: FacetCounts): FacetOption[] {
  const distribution = counts[filter].filter((c) => filter !== "hasCode" || c.value === "true");
  const values = [...distribution];
  for (const { filter: f, value } of selectedOnly(state, filter)) {
    if (f === filter && !values.some((v) => v.value === value)) values.push({ value, count: 0 });
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

function selectedOnly(state: SearchState, filter: FilterName): { filter: FilterName; value: string }[] {
  if (filter === "year") return state.year.map((y) => ({ filter, value: String(y) }));
  if (filter === "hasCode") return state.code ? [{ filter, value: "true" }] : [];
  return (state[filter] as string[]).map((value) => ({ filter, value }));
}

/** Every filter with its values and disjunctive counts. */
export function FacetSidebar({ state, counts }: { state: SearchState; counts: FacetCounts }) {
  return (
    <nav aria-label="Filters">
      {FILTER_NAMES.map((filter) => {
        const options = optionsFor(filter, state, counts);
        return options.length ? <FacetGroup key={filter} title={filterLabel(filter)} options={options} /> : null;
      })}
    </nav>
  );
}
