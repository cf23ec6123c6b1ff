import type { Metadata } from "next";
import Link from "next/link";
import { CloseMatches } from "@/components/close-matches";

// A tab, a bookmark or a link preview of a dead link says so, rather than the site's default title.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-2xl px-4 pt-12 focus:outline-none">
      <p className="text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-1 text-2xl font-bold">This page is not in the catalogue</h1>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">The link may be mistyped, or the paper was renamed. Search for it instead:</p>
      <form action="/" method="get" role="search" className="mt-4 flex gap-2">
        <label htmlFor="nf-q" className="sr-only">
          Search transformer papers
        </label>
        <input
          id="nf-q"
          name="q"
          type="search"
          autoFocus
          placeholder="Search papers…"
          className="flex-1 rounded-lg border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="rounded-lg bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          Search
        </button>
      </form>
      <CloseMatches />
      <p className="mt-8 text-sm">
        <Link href="/" className="text-sky-700 hover:underline dark:text-sky-400">
          ← All papers
        </Link>
      </p>
    </main>
  );
}
