import { z } from "zod";
import type { Evidence } from "../../../paper";
import { isTextFeature, knownWordsOf, phraseOf, type KnownWords } from "./features";
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

/** Every value model's weights as one inverted index, built once per model: a paper's features are looked up once, not once per value. */
interface Compiled {
  index: Map<ValueModel, number>;
  bias: Float64Array;
  postings: Map<string, { models: Int32Array; weights: Float64Array }>;
  known: KnownWords;
}
const COMPILED = new WeakMap<LearnedModel, Compiled>();

function compiled(model: LearnedModel): Compiled {
  const cached = COMPILED.get(model);
  if (cached) return cached;
  const models = Object.values(model.facets).flatMap((byValue) => Object.values(byValue));
  const lists = new Map<string, [number, number][]>();
  models.forEach((m, i) => {
    for (const [f, weight] of Object.entries(m.weights)) lists.set(f, [...(lists.get(f) ?? []), [i, weight]]);
  });
  const postings = new Map(
    [...lists].map(([f, list]) => [f, { models: Int32Array.from(list, ([i]) => i), weights: Float64Array.from(list, ([, w]) => w) }] as const),
  );
  const built = { index: new Map(models.map((m, i) => [m, i])), bias: Float64Array.from(models, (m) => m.bias), postings, known: knownWordsOf(lists.keys()) };
  COMPILED.set(model, built);
  return built;
}

/** The text features any value model of `model` has a weight for. */
export const knownFeatures = (model: LearnedModel): KnownWords => compiled(model).known;

/** The logistic probability of every value model of `model` for one paper, looked up by value model. */
export function probabilities(model: LearnedModel, features: Map<string, number>): (valueModel: ValueModel) => number {
  const { index, bias, postings } = compiled(model);
  const z = Float64Array.from(bias);
  for (const [f, x] of features) {
    const posting = postings.get(f);
    if (!posting) continue;
    for (let k = 0; k < posting.models.length; k++) z[posting.models[k]] += posting.weights[k] * x;
  }
  return (valueModel) => 1 / (1 + Math.exp(-z[index.get(valueModel)!]));
}
// Words every abstract uses: weighed by the model, but no reason a reader would accept.
const GENERIC =
  /^(?:models?|learning|methods?|approach\w*|data|tasks?|results?|performance|networks?|paper|propose\w*|present\w*|large|new|novel|show\w*|achiev\w*|state-of-the-art|training|trained|work|framework|experiments?|different|various|existing|however|further|also|while|time|better|improv\w*|effective\w*|efficient\w*|end-to-end|demonstrat\w*|significant\w*|extensive\w*|including|use|used|two|one|first|more|well|high|low|can|has|have|each|all|only|but|same|across|introduc\w*|available|https?|up|due|\d+)$/i;

/**
 * The text feature that pushed hardest for a value: the phrase its evidence shows. A word pair or a
 * word with content in it is preferred over a generic word that weighed more.
 */
export function strongestCue(model: ValueModel, features: Map<string, number>): { phrase: string; field: Evidence["field"] } | null {
  let best: [string, number] | null = null;
  let telling: [string, number] | null = null;
  for (const [f, x] of features) {
    const w = (model.weights[f] ?? 0) * x;
    if (!isTextFeature(f) || w <= 0) continue;
    if (!best || w > best[1]) best = [f, w];
    const words = phraseOf(f).split(" ");
    if (!words.every((word) => GENERIC.test(word)) && (!telling || w > telling[1])) telling = [f, w];
  }
  const cue = telling ?? best;
  return cue ? { phrase: phraseOf(cue[0]), field: cue[0].startsWith("t:") ? "title" : "abstract" } : null;
}
