import { FACET_NAMES, type FacetName } from "../taxonomy";

export type Labels = { [F in FacetName]: string[] };

export interface FacetScore {
  facet: FacetName;
  precision: number;
  recall: number;
  f1: number;
  /** Unweighted mean of the per-value F1s: rare values count as much as common ones. */
  macroF1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** What the held-out part must reach (issue #7): micro-F1 per facet, macro-F1 where it is set, technique recall. */
export const TARGETS: Record<FacetName, { f1: number; macroF1?: number; recall?: number }> = {
  domain: { f1: 0.9 },
  task: { f1: 0.88 },
  technique: { f1: 0.85, recall: 0.85 },
  architecture: { f1: 0.93, macroF1: 0.8 },
  contribution: { f1: 0.94, macroF1: 0.8 },
};

const NONE = "(none)";
const f1Of = (tp: number, fp: number, fn: number) => (tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn));

/**
 * Precision, recall and F1 per facet over (paper, value) pairs, micro-averaged, plus macro-F1
 * over the values that occur in either list. An empty technique list counts as the value
 * "(none)", so getting "no technique" right scores.
 */
export function scoreFacets(pairs: { expected: Labels; predicted: Labels }[]): FacetScore[] {
  return FACET_NAMES.map((facet) => {
    const perValue = new Map<string, { tp: number; fp: number; fn: number }>();
    const count = (value: string) => perValue.get(value) ?? perValue.set(value, { tp: 0, fp: 0, fn: 0 }).get(value)!;
    for (const { expected, predicted } of pairs) {
      const want = new Set(expected[facet].length ? expected[facet] : [NONE]);
      const got = new Set(predicted[facet].length ? predicted[facet] : [NONE]);
      for (const v of got) count(v)[want.has(v) ? "tp" : "fp"]++;
      for (const v of want) if (!got.has(v)) count(v).fn++;
    }
    const sum = (k: "tp" | "fp" | "fn") => [...perValue.values()].reduce((n, c) => n + c[k], 0);
    const [tp, fp, fn] = [sum("tp"), sum("fp"), sum("fn")];
    const macro = [...perValue.values()].map((c) => f1Of(c.tp, c.fp, c.fn));
    return {
      facet,
      precision: tp + fp ? tp / (tp + fp) : 1,
      recall: tp + fn ? tp / (tp + fn) : 1,
      f1: f1Of(tp, fp, fn),
      macroF1: macro.length ? macro.reduce((a, b) => a + b, 0) / macro.length : 1,
      tp,
      fp,
      fn,
    };
  });
}

/** Whether a facet's scores reach its targets. */
export function meetsTargets(score: FacetScore): boolean {
  const target = TARGETS[score.facet];
  return score.f1 >= target.f1 && score.macroF1 >= (target.macroF1 ?? 0) && score.recall >= (target.recall ?? 0);
}

export function formatScores(title: string, scores: FacetScore[]): string {
  const n = (x: number) => x.toFixed(3);
  const targetOf = (f: FacetName) => {
    const t = TARGETS[f];
    return [`F1 ${t.f1}`, t.macroF1 && `macro ${t.macroF1}`, t.recall && `recall ${t.recall}`].filter(Boolean).join(", ");
  };
  return [
    title,
    "| facet        | precision | recall | F1    | macro-F1 | target                   |      |",
    "|--------------|-----------|--------|-------|----------|--------------------------|------|",
    ...scores.map(
      (s) =>
        `| ${s.facet.padEnd(12)} | ${n(s.precision).padEnd(9)} | ${n(s.recall).padEnd(6)} | ${n(s.f1)} | ${n(s.macroF1).padEnd(8)} | ${targetOf(s.facet).padEnd(24)} | ${meetsTargets(s) ? "met " : "not "} |`,
    ),
  ].join("\n");
}
