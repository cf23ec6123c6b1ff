import Link from "next/link";
import type { PaperSummary } from "@/lib/search";
import { PaperMeta } from "./paper-meta";

/** A compact list of papers: similar papers, close matches. */
export function PaperList({ papers, testId }: { papers: PaperSummary[]; testId?: string }) {
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid={testId}>
      {papers.map((p) => (
        <li key={p.id} className="py-2.5">
          <Link href={`/papers/${p.slug}`} className="font-medium text-zinc-900 hover:text-sky-700 hover:underline dark:text-zinc-100 dark:hover:text-sky-400">
            {p.title}
          </Link>
          <PaperMeta paper={p} />
        </li>
      ))}
    </ul>
  );
}
