import { filterLabel, filterValueLabel } from "./filter-labels";
import { hasFilters, selectedFilters, type FilterName, type SearchState } from "./search-params";

/** The filters of a search in words, one group per filter: ["Domain: Speech & audio or Vision", "Year: 2024"]. */
export function describeFilters(state: SearchState): string[] {
  const groups = new Map<FilterName, string[]>();
  for (const { filter, value } of selectedFilters(state)) groups.set(filter, [...(groups.get(filter) ?? []), filterValueLabel(filter, value)]);
  return [...groups].map(([filter, values]) => (filter === "hasCode" ? "Has code" : `${filterLabel(filter)}: ${values.join(" or ")}`));
}

/** A search named as a person would: “linear attention” · Domain: Speech & audio. */
export function describeSearch(state: SearchState): string {
  const parts = [...(state.q ? [`“${state.q}”`] : []), ...describeFilters(state)];
  return parts.length ? parts.join(" · ") : "All papers";
}

/** A file name stem for an export of the search: transformer-papers-linear-attention-audio. */
export function searchFileStem(state: SearchState): string {
  const words = [state.q, ...selectedFilters(state).map(({ filter, value }) => (filter === "hasCode" ? "code" : value))]
    .join(" ")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return words ? `transformer-papers-${words}` : hasFilters(state) ? "transformer-papers-filtered" : "transformer-papers";
}
