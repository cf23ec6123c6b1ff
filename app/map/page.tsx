import type { Metadata } from "next";
import Link from "next/link";
import { HeatLegend, HeatTable } from "@/components/heat-table";
import { SearchUnavailable } from "@/components/search-unavailable";
import { TechniqueYears } from "@/components/technique-years";
import { plural } from "@/lib/format";
import { crossCounts, SearchUnavailableError } from "@/lib/search";
import { TAXONOMY } from "@/lib/taxonomy";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The two views of the matrix: which technique is used on which data, and for which task.
const VIEWS = { domain: "Domain × technique", task: "Task × technique" } as const;
type View = keyof typeof VIEWS;

function viewOf(value: string | string[] | undefined): View {
  return value === "task" ? "task" : "domain";
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const view = viewOf((await searchParams).rows);
  return {
    title: `Map: ${VIEWS[view]}`,
    description: "Which efficiency techniques transformer papers use on which data and tasks, and since when: counts per pair, each a link to those papers.",
    alternates: { canonical: view === "domain" ? "/map" : "/map?rows=task" },
  };
}

export default async function MapPage({ searchParams }: Props) {
  const view = viewOf((await searchParams).rows);
  let data: Awaited<ReturnType<typeof crossCounts>>;
  try {
    data = await crossCounts([
      { rows: view, cols: "technique" },
      { rows: "technique", cols: "year" },
    ]);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return <SearchUnavailable />;
    throw error;
  }
  const [matrix, years] = data.crosses;
  const dated = Object.values(data.totals.counts.year).reduce((a, b) => a + b, 0);

  return (
    <main className="mx-auto max-w-7xl px-4 pt-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Map of the field</h1>
      <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300">
        How many of the {plural(data.totals.total, "paper")} use each efficiency technique on each kind of {view === "domain" ? "data" : "task"}. A paper counts
        in every cell its tags reach; open a cell for its papers, or a heading for the topic.
      </p>
      <nav aria-label="Map views" className="mt-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <Link
            prefetch={false}
            key={v}
            href={v === "domain" ? "/map" : "/map?rows=task"}
            aria-current={v === view ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium ${v === view ? "border-sky-600 text-sky-700 dark:text-sky-400" : "border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"}`}
          >
            {VIEWS[v]}
          </Link>
        ))}
      </nav>
      <section aria-labelledby="matrix-title" className="mt-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="matrix-title" className="text-lg font-semibold">
            {TAXONOMY[view].label} × efficiency technique
          </h2>
          <HeatLegend />
        </div>
        <div className="mt-2">
          <HeatTable cross={matrix} caption={`Papers per ${TAXONOMY[view].label.toLowerCase()} (rows) and efficiency technique (columns)`} />
        </div>
      </section>
      <section aria-labelledby="years-title" className="mt-10">
        <h2 id="years-title" className="text-lg font-semibold">
          Papers per year by technique
        </h2>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
          One chart per technique on a shared scale. {plural(dated, "paper")} of {data.totals.total.toLocaleString("en-US")} have a year in their listing, so
          the charts show only those.
        </p>
        <div className="mt-3">
          <TechniqueYears cross={years} />
        </div>
      </section>
    </main>
  );
}
