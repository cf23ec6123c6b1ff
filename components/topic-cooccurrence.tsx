import Link from "next/link";
import type { FacetCounts } from "@/lib/search";
import { FACET_NAMES, facetLabel, TAXONOMY } from "@/lib/taxonomy";
import { combinedHref, type Topic } from "@/lib/topics";

const SHOWN = 4;

/** The values of the other facets that papers of a topic carry most, each a link to the combined search. */
export function TopicCooccurrence({ topic, counts, total }: { topic: Topic; counts: FacetCounts; total: number }) {
  const others = FACET_NAMES.filter((f) => f !== topic.facet)
    .map((facet) => ({ facet, values: counts[facet].slice(0, SHOWN) }))
    .filter((group) => group.values.length);
  return (
    <section aria-labelledby="cooccur-title" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="cooccurrence">
      <h2 id="cooccur-title" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Most often together with
      </h2>
      <dl className="mt-2 space-y-3">
        {others.map(({ facet, values }) => (
          <div key={facet}>
            <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{TAXONOMY[facet].label}</dt>
            <dd>
              <ul className="mt-1 space-y-1">
                {values.map(({ value, count }) => {
                  const share = total ? count / total : 0;
                  return (
                    <li key={value} className="grid grid-cols-[minmax(0,1fr)_4.5rem] items-center gap-2 text-sm">
                      <Link
                        prefetch={false}
                        href={combinedHref(topic, { facet, slug: value })}
                        className="truncate text-sky-700 hover:underline dark:text-sky-400"
                      >
                        {facetLabel(facet, value)}
                      </Link>
                      <span className="flex items-center gap-1.5 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                        <svg aria-hidden="true" viewBox="0 0 100 6" className="h-1.5 w-8" preserveAspectRatio="none">
                          <rect width="100" height="6" rx="3" className="fill-zinc-200 dark:fill-zinc-800" />
                          <rect width={Math.max(4, share * 100)} height="6" rx="3" className="fill-sky-500" />
                        </svg>
                        {count}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
