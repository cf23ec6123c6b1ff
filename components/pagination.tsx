import Link from "next/link";
import { MAX_PAGE, searchHref, type SearchState } from "@/lib/search-params";

function pagesAround(page: number, last: number): (number | "…")[] {
  const wanted = new Set([1, last, page - 1, page, page + 1].filter((p) => p >= 1 && p <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? ["…" as const, p] : [p]));
}

export function Pagination({ state, totalPages }: { state: SearchState; totalPages: number }) {
  const last = Math.min(totalPages, MAX_PAGE);
  if (last <= 1) return null;
  const link = (page: number) => searchHref({ ...state, page });
  const base = "rounded px-2.5 py-1 text-sm";
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-center gap-1 py-6">
      {state.page > 1 && (
        <Link prefetch={false} href={link(state.page - 1)} rel="prev" className={`${base} hover:bg-zinc-100 dark:hover:bg-zinc-800`}>
          ← Previous
        </Link>
      )}
      {pagesAround(state.page, last).map((p, i) =>
        p === "…" ? (
          <span key={`gap-${i}`} className="px-1 text-zinc-600 dark:text-zinc-400">
            …
          </span>
        ) : (
          <Link
            prefetch={false}
            key={p}
            href={link(p)}
            aria-current={p === state.page ? "page" : undefined}
            className={`${base} ${p === state.page ? "bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900" : "hover:bg-zinc-100 dark:hover:bg-zinc-800"}`}
          >
            {p}
          </Link>
        ),
      )}
      {state.page < last && (
        <Link href={link(state.page + 1)} rel="next" className={`${base} hover:bg-zinc-100 dark:hover:bg-zinc-800`}>
          Next →
        </Link>
      )}
    </nav>
  );
}
