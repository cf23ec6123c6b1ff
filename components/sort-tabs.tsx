import Link from "next/link";
import { SORT_LABELS, SORTS, searchHref, withChange, type SearchState } from "@/lib/search-params";

export function SortTabs({ state }: { state: SearchState }) {
  return (
    <nav aria-label="Sort" className="flex rounded-md border border-zinc-300 p-0.5 text-sm dark:border-zinc-700">
      {SORTS.filter((s) => s !== "relevance" || state.q).map((sort) => (
        <Link
          prefetch={false}
          key={sort}
          href={searchHref(withChange(state, { sort }))}
          scroll={false}
          aria-current={state.sort === sort ? "true" : undefined}
          className={`rounded px-2 py-0.5 whitespace-nowrap ${state.sort === sort ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"}`}
        >
          {SORT_LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}
