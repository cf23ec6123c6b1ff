import { z } from "zod";
import type { Evidence } from "../../../paper";
import type { FacetName } from "../../../taxonomy";
import { isTextFeature, phraseOf } from "./features";
import WEIGHTS from "./weights.json";

/** One logistic regression per facet value, fitted by scripts/train-classifier.ts to the tuning labels. */
export const ValueModel = z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) });
export const LearnedModel = z.object({
  /**
   * Per facet: a value the rules missed is added when its probability reaches `add`; a value
   * the rules found is dropped when its probability falls under `drop`.
   */
  thresholds: z.record(z.string(), z.object({ add: z.number(), drop: z.number() })),
  facets: z.record(z.string(), z.record(z.string(), ValueModel)),
  trainedOn: z.number().int(),
});
export type LearnedModel = z.infer<typeof LearnedModel>;
export type ValueModel = z.infer<typeof ValueModel>;

export const MODEL: LearnedModel = LearnedModel.parse(WEIGHTS);

export function probability(model: ValueModel, features: Map<string, number>): number {
  let z = model.bias;
  for (const [f, x] of features) z += (model.weights[f] ?? 0) * x;
  return 1 / (1 + Math.exp(-z));
}

/** The text feature that pushed hardest for a value: the phrase its evidence shows. */
export function strongestCue(model: ValueModel, features: Map<string, number>): { phrase: string; field: Evidence["field"] } | null {
  let best: [string, number] | null = null;
  for (const [f, x] of features) {
    const w = (model.weights[f] ?? 0) * x;
    if (isTextFeature(f) && w > 0 && (!best || w > best[1])) best = [f, w];
  }
  return best ? { phrase: phraseOf(best[0]), field: best[0].startsWith("t:") ? "title" : "abstract" } : null;
}

export const modelFor = (facet: FacetName, value: string): ValueModel | undefined => MODEL.facets[facet]?.[value];
