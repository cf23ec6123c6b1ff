import { plural } from "@/lib/format";
import type { SortGap } from "@/lib/search";

/** Where a sort stops knowing: "331 of these papers have no date; they follow the dated ones, most upvoted first." */
export function SortNote({ gap, total }: { gap: SortGap | null; total: number }) {
  if (!gap || gap.missing === 0) return null;
  const all = gap.missing === total;
  const text =
    gap.sort === "newest"
      ? all
        ? `None of these papers has a date, so they are listed most upvoted first.`
        : `${plural(gap.missing, "paper")} of ${total.toLocaleString("en-US")} ${gap.missing === 1 ? "has" : "have"} no date; they follow the dated ones, most upvoted first.`
      : all
        ? `None of these papers has upvotes, so they are listed newest first, undated ones last.`
        : `${plural(gap.missing, "paper")} of ${total.toLocaleString("en-US")} ${gap.missing === 1 ? "has" : "have"} no upvotes; they follow the upvoted ones, newest first, undated ones last.`;
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
