import Link from "next/link";
import { describeEvidence } from "@/lib/format";
import type { Paper } from "@/lib/paper";
import { FACET_NAMES, facetLabel, TAXONOMY } from "@/lib/taxonomy";
import { topicDefinition, topicHref } from "@/lib/topics";
import { tagHref } from "./facet-tags";

/** Each facet value of a paper with the phrase that earned it: the classifier explains itself. */
export function FacetEvidence({ paper }: { paper: Paper }) {
  return (
    <dl className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 text-sm dark:divide-zinc-800 dark:border-zinc-800">
      {FACET_NAMES.map((facet) => (
        <div key={facet} className="grid gap-1 px-3 py-2 sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-zinc-500 dark:text-zinc-400">{TAXONOMY[facet].label}</dt>
          <dd>
            {paper[facet].length === 0 ? (
              <span className="text-zinc-600 dark:text-zinc-400">none</span>
            ) : (
              <ul className="space-y-1">
                {paper[facet].map((value) => {
                  const why = paper.evidence[facet].find((e) => e.value === value);
                  return (
                    <li key={value}>
                      <Link prefetch={false} href={tagHref(facet, value)} className="font-medium text-sky-700 hover:underline dark:text-sky-400">
                        {facetLabel(facet, value)}
                      </Link>
                      {why && <span className="text-zinc-500 dark:text-zinc-400"> — {describeEvidence(why)}</span>}
                      <Link
                        prefetch={false}
                        href={topicHref(facet, value)}
                        className="ml-1.5 text-xs text-zinc-500 hover:text-sky-700 hover:underline dark:text-zinc-400 dark:hover:text-sky-400"
                        title={topicDefinition(facet, value)}
                      >
                        what it means
                      </Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
