import { FACET_NAMES, type FacetName } from "../taxonomy";

export type Labels = { [F in FacetName]: string[] };

export interface FacetScore {
  facet: FacetName;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** The bars the human-label evaluation must clear (issue #2). */
export const F1_BARS: Record<FacetName, number> = {
  domain: 0.85,
  architecture: 0.85,
  contribution: 0.9,
  task: 0.75,
  technique: 0.75,
};

const NONE = "(none)";

/**
 * Micro-averaged precision, recall and F1 per facet over (paper, value) pairs.
 * An empty technique list counts as the value "(none)", so getting "no technique" right scores.
 */
export function scoreFacets(pairs: { expected: Labels; predicted: Labels }[]): FacetScore[] {
  return FACET_NAMES.map((facet) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { expected, predicted } of pairs) {
      const want = new Set(expected[facet].length ? expected[facet] : [NONE]);
      const got = new Set(predicted[facet].length ? predicted[facet] : [NONE]);
      for (const v of got) {
        if (want.has(v)) tp++;
        else fp++;
      }
      for (const v of want) if (!got.has(v)) fn++;
    }
    const precision = tp + fp ? tp / (tp + fp) : 1;
    const recall = tp + fn ? tp / (tp + fn) : 1;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    return { facet, precision, recall, f1, tp, fp, fn };
  });
}

export function formatScores(scores: FacetScore[], sampleSize: number): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = scores.map(
    (s) =>
      `| ${s.facet.padEnd(12)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${pct(F1_BARS[s.facet])} | ${s.f1 >= F1_BARS[s.facet] ? "ok  " : "FAIL"} |`,
  );
  return [
    `Facet quality on ${sampleSize} hand-labelled papers (micro-averaged)`,
    "| facet        | precision | recall | F1    | bar   | ok   |".replace("precision", "prec ").replace("recall", "rec  "),
    "|--------------|-------|-------|-------|-------|------|",
    ...rows,
  ].join("\n");
}
