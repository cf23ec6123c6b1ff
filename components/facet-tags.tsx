import { describeEvidence } from "@/lib/format";
import type { Evidence } from "@/lib/paper";
import { EMPTY_STATE, searchHref } from "@/lib/search-params";
import { FACET_NAMES, facetLabel, type FacetName } from "@/lib/taxonomy";
import { topicDefinition } from "@/lib/topics";

const TAG_STYLE: Record<FacetName, string> = {
  domain: "bg-sky-50 text-sky-800 ring-sky-200 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  task: "bg-violet-50 text-violet-800 ring-violet-200 dark:bg-violet-950 dark:text-violet-200 dark:ring-violet-800",
  technique: "bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800",
  architecture: "bg-amber-50 text-amber-900 ring-amber-200 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  contribution: "bg-zinc-100 text-zinc-700 ring-zinc-200 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-700",
};

export function tagHref(facet: FacetName, value: string): string {
  return searchHref({ ...EMPTY_STATE, [facet]: [value] });
}

type Tagged = { [F in FacetName]: readonly string[] };

/** A paper's facet values as links to the search filtered by each; with evidence, the reason shows on hover. */
export function FacetTags({
  paper,
  evidence,
  facets = FACET_NAMES,
}: {
  paper: Tagged;
  evidence?: { [F in FacetName]: Evidence[] };
  facets?: readonly FacetName[];
}) {
  return (
    <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
      {facets.flatMap((facet) =>
        paper[facet].map((value) => {
          const why = evidence?.[facet].find((e) => e.value === value);
          return (
            <li key={`${facet}:${value}`}>
              <a
                data-soft
                href={tagHref(facet, value)}
                title={`${facet}: ${facetLabel(facet, value)} (${topicDefinition(facet, value)})${why ? ` — ${describeEvidence(why)}` : ""}`}
                className={`inline-block rounded px-1.5 py-0.5 text-xs ring-1 ring-inset hover:underline ${TAG_STYLE[facet]}`}
              >
                {facetLabel(facet, value)}
              </a>
            </li>
          );
        }),
      )}
    </ul>
  );
}
