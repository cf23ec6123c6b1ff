import { plural } from "@/lib/format";
import type { SortGap } from "@/lib/search";

/** Where a sort stops knowing: "331 of 383 papers have no date; they are listed after the dated ones." */
export function SortNote({ gap, total }: { gap: SortGap | null; total: number }) {
  if (!gap || gap.missing === 0) return null;
  const all = gap.missing === total;
  const have = gap.missing === 1 ? "has" : "have";
  const some = `${plural(gap.missing, "paper")} of ${total.toLocaleString("en-US")} ${have}`;
  const text =
    gap.sort === "newest"
      ? all
        ? "None of these papers has a date."
        : `${some} no date; they are listed after the dated ones.`
      : all
        ? "None of these papers has upvotes; they are listed newest first."
        : `${some} no upvotes; they follow the upvoted ones, newest first.`;
  return (
    <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-testid="sort-note">
      {text}
    </p>
  );
}

/** The first hit of the tail a sort cannot order, to put a divider before it. */
export function firstMissing(gap: SortGap | null, hits: { date: string | null; upvotes: number | null }[]): number {
  if (!gap || gap.missing === 0) return -1;
  return hits.findIndex((h) => (gap.sort === "newest" ? h.date === null : !h.upvotes));
}
