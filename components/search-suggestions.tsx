import Link from "next/link";
import { EMPTY_STATE, searchHref, withChange } from "@/lib/search-params";

// Starting points for a first visit: each shows off one kind of search (words, synonym, facet).
const SUGGESTIONS = [
  { label: "linear attention speech", state: withChange(EMPTY_STATE, { q: "linear attention speech", sort: "relevance" }) },
  { label: "MoE", state: withChange(EMPTY_STATE, { q: "moe", sort: "relevance" }) },
  { label: "state space models", state: withChange(EMPTY_STATE, { q: "state space model", sort: "relevance" }) },
  { label: "time-series forecasting", state: withChange(EMPTY_STATE, { domain: ["time-series"], task: ["forecasting"] }) },
  { label: "token pruning & merging", state: withChange(EMPTY_STATE, { technique: ["token-reduction"] }) },
  { label: "surveys", state: withChange(EMPTY_STATE, { contribution: ["survey"] }) },
];

export function SearchSuggestions() {
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-500 dark:text-zinc-400">
      <span>Try</span>
      {SUGGESTIONS.map((s) => (
        <Link prefetch={false} key={s.label} href={searchHref(s.state)} className="text-sky-700 hover:underline dark:text-sky-400">
          {s.label}
        </Link>
      ))}
    </p>
  );
}
