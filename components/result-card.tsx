import type { PaperHit } from "@/lib/search";
import { FacetTags } from "./facet-tags";
import { MarkedText } from "./marked-text";
import { PaperMeta } from "./paper-meta";

/** `from`: the search this result was found in, carried to the paper page so its back link returns there. */
export function ResultCard({ hit, from }: { hit: PaperHit; from: string }) {
  return (
    <article className="border-b border-zinc-200 py-4 last:border-0 dark:border-zinc-800" data-testid="result">
      <h2 className="text-base font-semibold leading-snug">
        <a
          data-soft
          href={from ? `/papers/${hit.slug}?${new URLSearchParams({ from })}` : `/papers/${hit.slug}`}
          className="text-zinc-900 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400"
        >
          <MarkedText text={hit.titleMarked} />
        </a>
      </h2>
      <div className="mt-1">
        <PaperMeta paper={hit} />
      </div>
      <p className="mt-1.5 text-sm leading-relaxed text-zinc-700 dark:text-zinc-300">
        <MarkedText text={hit.snippetMarked} />
      </p>
      {hit.matchedWords.length > 0 && (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-testid="matched-words">
          Matched: {hit.matchedWords.join(", ")}
        </p>
      )}
      <div className="mt-2">
        <FacetTags paper={hit} />
      </div>
    </article>
  );
}
