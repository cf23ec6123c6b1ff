import Link from "next/link";
import { filterLabel, filterValueLabel } from "@/lib/filter-labels";
import { clearFilters, searchHref, selectedFilters, toggleFilter, type SearchState } from "@/lib/search-params";

/** The selected values as removable chips, with "clear all". */
export function ActiveFilters({ state }: { state: SearchState }) {
  const selected = selectedFilters(state);
  if (!selected.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5" aria-label="Active filters" role="group">
      {selected.map(({ filter, value }) => (
        <Link
          key={`${filter}:${value}`}
          href={searchHref(toggleFilter(state, filter, value))}
          scroll={false}
          aria-label={`Remove filter ${filterLabel(filter)}: ${filterValueLabel(filter, value)}`}
          className="inline-flex items-center gap-1 rounded-full bg-sky-100 py-0.5 pr-1.5 pl-2.5 text-sm text-sky-900 hover:bg-sky-200 dark:bg-sky-900/60 dark:text-sky-100 dark:hover:bg-sky-900"
        >
          <span className="text-sky-700 dark:text-sky-300">{filterLabel(filter)}:</span> {filterValueLabel(filter, value)}
          <span aria-hidden="true" className="ml-0.5 text-base leading-none">
            ×
          </span>
        </Link>
      ))}
      <Link href={searchHref(clearFilters(state))} scroll={false} className="ml-1 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400">
        Clear all
      </Link>
    </div>
  );
}
