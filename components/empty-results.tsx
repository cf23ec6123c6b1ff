import Link from "next/link";
import { filterLabel } from "@/lib/filter-labels";
import { plural } from "@/lib/format";
import { clearFilter, clearFilters, hasFilters, searchHref, withChange, type SearchState } from "@/lib/search-params";
import type { Relaxation } from "@/lib/search";
import { ActiveFilters } from "./active-filters";

/** No results: say so, show what is active, and offer the single removal that brings most papers back. */
export function EmptyResults({ state, relaxations }: { state: SearchState; relaxations: Relaxation[] }) {
  const useful = relaxations.filter((r) => r.total > 0).slice(0, 3);
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 p-6 dark:border-zinc-700" data-testid="empty-results">
      <h2 className="text-lg font-semibold">No papers match {state.q ? <>“{state.q}”</> : "this selection"}</h2>
      {hasFilters(state) && (
        <div className="mt-3">
          <p className="mb-1.5 text-sm text-zinc-600 dark:text-zinc-400">Active filters:</p>
          <ActiveFilters state={state} />
        </div>
      )}
      {useful.length > 0 && (
        <ul className="mt-4 space-y-1 text-sm">
          {useful.map((r) => {
            const next = r.remove === "q" ? withChange(state, { q: "" }) : r.remove === "filters" ? clearFilters(state) : clearFilter(state, r.remove);
            const what =
              r.remove === "q" ? `the query “${state.q}”` : r.remove === "filters" ? "all filters" : `the ${filterLabel(r.remove).toLowerCase()} filter`;
            return (
              <li key={r.remove}>
                <Link prefetch={false} href={searchHref(next)} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                  Remove {what}
                </Link>{" "}
                <span className="text-zinc-600 dark:text-zinc-400">→ {plural(r.total, "paper")}</span>
              </li>
            );
          })}
        </ul>
      )}
      {!state.q && !hasFilters(state) && (
        <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
          The index is empty: run <code>npm run ingest</code>.
        </p>
      )}
    </div>
  );
}
