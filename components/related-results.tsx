import type { PaperHit } from "@/lib/search";
import { ResultCard } from "./result-card";

/** Papers holding only some of the typed words: shown apart, after the papers holding them all. */
export function RelatedResults({ q, hits, from }: { q: string; hits: PaperHit[]; from: string }) {
  if (!hits.length) return null;
  return (
    <section className="mt-6" aria-labelledby="related-heading" data-testid="related-results">
      <h2 id="related-heading" className="border-b border-zinc-200 pb-2 text-sm font-semibold text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
        Papers with some of the words of “{q}”
      </h2>
      {hits.map((hit) => (
        <ResultCard key={hit.id} hit={hit} from={from} />
      ))}
    </section>
  );
}
