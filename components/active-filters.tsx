import Link from "next/link";
import { filterLabel, filterValueLabel } from "@/lib/filter-labels";
import { clearFilters, removeFilter, searchHref, selectedFilters, toggleExclude, type SearchState } from "@/lib/search-params";
import { isFacetName } from "@/lib/taxonomy";

/**
 * The chosen values as removable chips, each taxonomy value with a "not" that turns it into an exclusion;
 * excluded values as rose "not …" chips; and "Clear all".
 */
export function ActiveFilters({ state }: { state: SearchState }) {
  const selected = selectedFilters(state);
  if (!selected.length) return null;
  return (
    <div className="flex flex-wrap items-center gap-1.5" aria-label="Active filters" role="group" data-testid="active-filters">
      {selected.map((chip) => {
        const { filter, value, excluded } = chip;
        const label = filterValueLabel(filter, value);
        const canExclude = !excluded && isFacetName(filter);
        return (
          <span
            key={`${excluded ? "not-" : ""}${filter}:${value}`}
            data-excluded={excluded || undefined}
            className={`inline-flex items-center rounded-full text-sm ${excluded ? "bg-rose-100 text-rose-900 ring-1 ring-rose-300 ring-inset dark:bg-rose-950 dark:text-rose-100 dark:ring-rose-800" : "bg-sky-100 text-sky-950 dark:bg-sky-950 dark:text-sky-100"}`}
          >
            <Link
              href={searchHref(removeFilter(state, chip))}
              scroll={false}
              prefetch={false}
              aria-label={`Remove filter ${filterLabel(filter)}: ${excluded ? "not " : ""}${label}`}
              className="inline-flex items-center gap-1 rounded-full py-0.5 pr-1.5 pl-2.5 hover:underline"
            >
              {/* One span, so a long chip wraps as a line of text rather than as two columns. */}
              {excluded ? (
                <span>
                  <span className="font-semibold">not</span> {label}
                </span>
              ) : (
                <span>
                  <span className="text-sky-800 dark:text-sky-300">{filterLabel(filter)}:</span> {label}
                </span>
              )}
              <span aria-hidden="true" className="ml-0.5 text-base leading-none">
                ×
              </span>
            </Link>
            {canExclude && (
              <Link
                href={searchHref(toggleExclude(state, filter, value))}
                scroll={false}
                prefetch={false}
                // The visible word starts the name (WCAG 2.5.3), the rest says what it does.
                aria-label={`not ${label}: exclude it instead`}
                title={`Exclude ${label} instead`}
                className="mr-1 rounded-full px-1.5 text-xs font-medium text-sky-800 hover:bg-sky-200 hover:underline dark:text-sky-300 dark:hover:bg-sky-900"
              >
                not
              </Link>
            )}
          </span>
        );
      })}
      <Link
        href={searchHref(clearFilters(state))}
        scroll={false}
        prefetch={false}
        className="ml-1 text-sm font-medium text-sky-700 hover:underline dark:text-sky-400"
      >
        Clear all
      </Link>
    </div>
  );
}
