import type { PaperHit } from "@/lib/search";
import { ResultCard } from "./result-card";

/**
 * Papers holding only some of the typed words, or (for a query of one phrase, `topics`) papers
 * carrying what it names without saying it: shown apart, after the papers holding every word.
 */
export function RelatedResults({ q, hits, topics, from }: { q: string; hits: PaperHit[]; topics: string[]; from: string }) {
  if (!hits.length) return null;
  const onTopics = topics.length ? `More papers on ${topics.join(" or ")}` : "";
  const oneWord = (q.match(/[\p{L}\p{N}]+/gu) ?? []).length < 2;
  return (
    <section className="mt-6" aria-labelledby="related-heading" data-testid="related-results">
      <h2 id="related-heading" className="border-b border-zinc-200 pb-2 text-sm font-semibold text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
        {onTopics && oneWord ? onTopics : onTopics ? `${onTopics}, or with some of the words of “${q}”` : `Papers with some of the words of “${q}”`}
      </h2>
      {hits.map((hit) => (
        <ResultCard key={hit.id} hit={hit} from={from} />
      ))}
    </section>
  );
}
