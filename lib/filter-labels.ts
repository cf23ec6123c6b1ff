import type { FilterName } from "./search-params";
import { facetLabel, isFacetName, TAXONOMY } from "./taxonomy";

export function filterLabel(filter: FilterName): string {
  if (filter === "year") return "Year";
  if (filter === "hasCode") return "Code";
  return TAXONOMY[filter].label;
}

export function filterValueLabel(filter: FilterName, value: string): string {
  if (filter === "hasCode") return "Has code";
  if (isFacetName(filter)) return facetLabel(filter, value);
  return value;
}
