import Link from "next/link";

/** Previous / next pages of a topic's paper list (the list is newest first, 20 to a page). */
export function TopicPagination({ basePath, page, totalPages }: { basePath: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null;
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  const base = "rounded px-2.5 py-1 text-sm hover:bg-zinc-100 dark:hover:bg-zinc-800";
  return (
    <nav aria-label="Pages" className="flex items-center justify-center gap-2 py-6 text-sm">
      {page > 1 && (
        <Link prefetch={false} href={href(page - 1)} rel="prev" className={base}>
          ← Newer
        </Link>
      )}
      <span className="text-zinc-500 dark:text-zinc-400">
        page {page} of {totalPages}
      </span>
      {page < totalPages && (
        <Link prefetch={false} href={href(page + 1)} rel="next" className={base}>
          Older →
        </Link>
      )}
    </nav>
  );
}
