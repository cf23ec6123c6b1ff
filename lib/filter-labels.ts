import type { ChipName } from "./search-params";
import { facetLabel, isFacetName, TAXONOMY } from "./taxonomy";

export function filterLabel(filter: ChipName): string {
  if (filter === "author") return "Author";
  if (filter === "year") return "Year";
  if (filter === "hasCode") return "Code";
  return TAXONOMY[filter].label;
}

export function filterValueLabel(filter: ChipName, value: string): string {
  if (filter === "hasCode") return "Has code";
  if (isFacetName(filter)) return facetLabel(filter, value);
  return value;
}
