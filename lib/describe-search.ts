import { filterLabel, filterValueLabel } from "./filter-labels";
import { hasFilters, selectedFilters, type ChipName, type SearchState } from "./search-params";

/** The filters of a search in words, one group per filter: ["Domain: Speech & audio or Vision", "Technique: not Mixture of experts"]. */
export function describeFilters(state: SearchState): string[] {
  const groups = new Map<ChipName, { chosen: string[]; excluded: string[] }>();
  for (const { filter, value, excluded } of selectedFilters(state)) {
    const group = groups.get(filter) ?? { chosen: [], excluded: [] };
    (excluded ? group.excluded : group.chosen).push(filterValueLabel(filter, value));
    groups.set(filter, group);
  }
  return [...groups].map(([filter, { chosen, excluded }]) => {
    if (filter === "hasCode") return "Has code";
    const words = [...(chosen.length ? [chosen.join(" or ")] : []), ...excluded.map((label) => `not ${label}`)];
    return `${filterLabel(filter)}: ${words.join(", ")}`;
  });
}

/** A search named as a person would: “linear attention” · Domain: Speech & audio. */
export function describeSearch(state: SearchState): string {
  const parts = [...(state.q ? [`“${state.q}”`] : []), ...describeFilters(state)];
  return parts.length ? parts.join(" · ") : "All papers";
}

/** A file name stem for an export of the search: transformer-papers-linear-attention-audio. */
export function searchFileStem(state: SearchState): string {
  const words = [state.q, ...selectedFilters(state).map(({ filter, value, excluded }) => (filter === "hasCode" ? "code" : excluded ? `not-${value}` : value))]
    .join(" ")
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return words ? `transformer-papers-${words}` : hasFilters(state) ? "transformer-papers-filtered" : "transformer-papers";
}
