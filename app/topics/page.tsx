import type { Metadata } from "next";
import Link from "next/link";
import { SearchUnavailable } from "@/components/search-unavailable";
import { plural } from "@/lib/format";
import { facetTotals, SearchUnavailableError, type FacetTotals } from "@/lib/search";
import { FACET_NAMES, TAXONOMY } from "@/lib/taxonomy";
import { topicHref } from "@/lib/topics";

export const metadata: Metadata = {
  title: "Topics",
  description: "Every facet of the catalogue — domain, task, efficiency technique, architecture, contribution — with its values, definitions and paper counts.",
  alternates: { canonical: "/topics" },
};

export default async function TopicsPage() {
  let totals: FacetTotals;
  try {
    totals = await facetTotals();
  } catch (error) {
    if (error instanceof SearchUnavailableError) return <SearchUnavailable />;
    throw error;
  }
  return (
    <main className="mx-auto max-w-6xl px-4 pt-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Topics</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
        Every paper is tagged along five facets. Each value below has a page with its definition, its newest papers, what it is used with and how it grew.{" "}
        {plural(totals.total, "paper")} in all; a paper can carry several values of a facet.{" "}
        <Link prefetch={false} href="/map" className="text-sky-700 hover:underline dark:text-sky-400">
          See them on the map →
        </Link>
      </p>
      {FACET_NAMES.map((facet) => (
        <section key={facet} id={facet} aria-labelledby={`${facet}-title`} className="mt-8 scroll-mt-4">
          <h2 id={`${facet}-title`} className="text-lg font-semibold">
            {TAXONOMY[facet].label}
          </h2>
          <p className="text-sm text-zinc-500 dark:text-zinc-400">{TAXONOMY[facet].question[0].toUpperCase() + TAXONOMY[facet].question.slice(1)}.</p>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid={`topics-${facet}`}>
            {TAXONOMY[facet].values.map((value) => {
              const count = totals.counts[facet][value.slug] ?? 0;
              return (
                <li key={value.slug}>
                  <Link
                    prefetch={false}
                    href={topicHref(facet, value.slug)}
                    className="block h-full rounded-lg border border-zinc-200 p-3 hover:border-sky-400 hover:bg-sky-50/50 dark:border-zinc-800 dark:hover:border-sky-700 dark:hover:bg-sky-950/30"
                  >
                    <span className="flex items-baseline justify-between gap-2">
                      <span className="font-medium text-zinc-900 dark:text-zinc-100">{value.label}</span>
                      <span className="shrink-0 text-sm text-zinc-500 tabular-nums dark:text-zinc-400" aria-label={plural(count, "paper")}>
                        {count.toLocaleString("en-US")}
                      </span>
                    </span>
                    <span className="mt-1 block text-sm leading-snug text-zinc-600 dark:text-zinc-400">{value.qualifies}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </main>
  );
}
