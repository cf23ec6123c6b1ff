import Link from "next/link";
import type { PaperSummary } from "@/lib/search";
import { PaperMeta } from "./paper-meta";

/** A titled, compact list of papers (similar papers, close matches); nothing when the list is empty. */
export function PaperList({ title, papers, testId }: { title: string; papers: PaperSummary[]; testId: string }) {
  if (!papers.length) return null;
  return (
    <section className="mt-8" aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`} className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </h2>
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid={testId}>
        {papers.map((p) => (
          <li key={p.id} className="py-2.5">
            <Link
              prefetch={false}
              href={`/papers/${p.slug}`}
              className="font-medium text-zinc-900 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400"
            >
              {p.title}
            </Link>
            <PaperMeta paper={p} />
          </li>
        ))}
      </ul>
    </section>
  );
}
