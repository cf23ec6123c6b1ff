import type { Source } from "../paper";

/** Where a paper was indexed under: the record others merged into. */
export interface Target extends Source {
  id: string;
  slug: string;
}

/** What became of one record read from a dump: exactly one verdict each. */
export type Verdict =
  | (Source & { verdict: "indexed"; id: string; slug: string })
  | (Source & { verdict: "merged"; into: Target })
  | (Source & { verdict: "rejected"; reason: string });

export interface Tally {
  read: number;
  indexed: number;
  merged: number;
  rejected: number;
}

/** The report's identity, counted per record: read = indexed + merged + rejected. */
export function tally(verdicts: Verdict[]): Tally {
  const count = (kind: Verdict["verdict"]) => verdicts.filter((v) => v.verdict === kind).length;
  return { read: verdicts.length, indexed: count("indexed"), merged: count("merged"), rejected: count("rejected") };
}
