import { z } from "zod";
import type { Evidence } from "../../../paper";
import { TAXONOMY, type FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import type { Role } from "../sentences";
import { isTextFeature, phraseOf, textPrefixOf, type RoleHits } from "./features";
import { knownWords, NOT_KNOWN, wordNumbers, type KnownWords } from "./known-words";
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

// Words every abstract uses: weighed by the model, but no reason a reader would accept.
const GENERIC =
  /^(?:models?|learning|methods?|approach\w*|data|tasks?|results?|performance|networks?|paper|propose\w*|present\w*|large|new|novel|show\w*|achiev\w*|state-of-the-art|training|trained|work|framework|experiments?|different|various|existing|however|further|also|while|time|better|improv\w*|effective\w*|efficient\w*|end-to-end|demonstrat\w*|significant\w*|extensive\w*|including|use|used|two|one|first|more|well|high|low|can|has|have|each|all|only|but|same|across|introduc\w*|available|https?|up|due|\d+)$/i;

const PREFIXES = ["t:", "a:", "b:"] as const;

/** A text feature as evidence: the words it shows, where, and whether they say more than every abstract does. */
interface Cue {
  phrase: string;
  field: Evidence["field"];
  telling: boolean;
}

/** A facet's values in taxonomy order, each with its value model's number (or -1 for none). */
interface FacetPlan {
  facet: FacetName;
  threshold: { add: number; drop: number };
  values: { slug: string; model: number }[];
}

/**
 * A model compiled once for applying it: every feature any value model weighs gets a number, and
 * its weights one posting list (an inverted index), so a paper's features are looked up once, not
 * once per value. The words of its text features are interned: a paper's words are looked up once
 * each, and its word features and pairs found by number, without building feature strings.
 */
interface Compiled {
  bias: Float64Array;
  /**
   * Postings of feature f: the pairs k in [postingStart[f], postingStart[f + 1]), by ascending model,
   * each its model's number at postings[2k] and weight at postings[2k + 1]: side by side, a feature's
   * postings are one or two cache lines, not a line in each of two arrays (the loads that adding a
   * feature waited on).
   */
  postingStart: Int32Array;
  postings: Float64Array;
  /** Every word of a text feature, numbered. */
  words: KnownWords;
  /** Per prefix (PREFIXES), per word number, the word's feature or NOT_KNOWN. */
  wordFeature: Int32Array[];
  /** Per prefix, the word pairs' features. */
  pairFeature: PairTable[];
  /** The rule features ("r:facet:value"): facet → value → feature number. */
  ruled: Map<string, Map<string, number>>;
  /** The role features ("h:facet:value:role"): facet → value → role → feature number. */
  roled: Map<string, Map<string, Map<string, number>>>;
  /** Per feature number, its cue when it is a text feature. */
  cues: (Cue | undefined)[];
  facets: FacetPlan[];
  /** Scratch for one paper: the paper in which each feature was last seen, and the value models' sums. */
  seen: Uint32Array;
  paper: number;
  z: Float64Array;
  /** Scratch for one paper: its text features in the order first met (each feature once, so the features' count bounds them). */
  met: Int32Array;
}
const COMPILED = new WeakMap<LearnedModel, Compiled>();

function compiled(model: LearnedModel): Compiled {
  const cached = COMPILED.get(model);
  if (cached) return cached;
  const models = Object.values(model.facets).flatMap((byValue) => Object.values(byValue));
  const lists = new Map<string, [number, number][]>();
  models.forEach((m, i) => {
    for (const [f, weight] of Object.entries(m.weights)) {
      const list = lists.get(f);
      if (list) list.push([i, weight]);
      else lists.set(f, [[i, weight]]);
    }
  });
  const features = [...lists.keys()];
  const postingStart = new Int32Array(features.length + 1);
  features.forEach((f, id) => (postingStart[id + 1] = postingStart[id] + lists.get(f)!.length));
  const flat = features.flatMap((f) => lists.get(f)!);

  const words = new Map<string, number>();
  const intern = (word: string) => {
    let id = words.get(word);
    if (id === undefined) words.set(word, (id = words.size));
    return id;
  };
  const text: { id: number; prefix: number; first: number; second?: number }[] = [];
  const ruled = new Map<string, Map<string, number>>();
  const roled = new Map<string, Map<string, Map<string, number>>>();
  const within = <T>(map: Map<string, T>, key: string, make: () => T) => map.get(key) ?? map.set(key, make()).get(key)!;
  const cues: (Cue | undefined)[] = [];
  features.forEach((f, id) => {
    if (!isTextFeature(f)) {
      // Split at the first colons: facet and role names have none, a value's slug might.
      const [, kind, facet, rest] = /^([rh]):([^:]*):(.*)$/s.exec(f) ?? [];
      if (kind === "r") within(ruled, facet, () => new Map()).set(rest, id);
      else if (kind === "h") {
        const at = rest.lastIndexOf(":");
        within(
          within(roled, facet, () => new Map()),
          rest.slice(0, at),
          () => new Map(),
        ).set(rest.slice(at + 1), id);
      }
      return;
    }
    const phrase = phraseOf(f);
    const [first, second] = phrase.split(" ");
    text.push({
      id,
      prefix: PREFIXES.indexOf(f.slice(0, 2) as (typeof PREFIXES)[number]),
      first: intern(first),
      second: second === undefined ? undefined : intern(second),
    });
    cues[id] = { phrase, field: f.startsWith("t:") ? "title" : "abstract", telling: !phrase.split(" ").every((word) => GENERIC.test(word)) };
  });
  const wordFeature = PREFIXES.map(() => new Int32Array(words.size).fill(NOT_KNOWN));
  for (const { id, prefix, first } of text.filter((t) => t.second === undefined)) wordFeature[prefix][first] = id;
  const pairFeature = PREFIXES.map((_, prefix) =>
    pairTable(text.filter((t) => t.prefix === prefix && t.second !== undefined) as Required<(typeof text)[number]>[]),
  );

  const index = new Map(models.map((m, i) => [m, i]));
  const facets: FacetPlan[] = [];
  for (const facet of Object.keys(model.facets) as FacetName[]) {
    const byValue = model.facets[facet];
    const threshold = model.thresholds[facet];
    if (!TAXONOMY[facet] || threshold === undefined) continue;
    facets.push({ facet, threshold, values: TAXONOMY[facet].values.map(({ slug }) => ({ slug, model: byValue[slug] ? index.get(byValue[slug])! : -1 })) });
  }
  const built: Compiled = {
    bias: Float64Array.from(models, (m) => m.bias),
    postingStart,
    postings: Float64Array.from(flat.flat()),
    words: knownWords(words),
    wordFeature,
    pairFeature,
    ruled,
    roled,
    cues,
    facets,
    seen: new Uint32Array(features.length),
    met: new Int32Array(features.length),
    paper: 0,
    z: new Float64Array(models.length),
  };
  COMPILED.set(model, built);
  return built;
}

/**
 * Word pairs by the numbers of their words: open addressing, linear probing. A slot is three numbers
 * side by side (first word, second word, feature; NOT_KNOWN in an empty slot's feature), so a probe
 * reads one cache line rather than one of each of three arrays.
 */
interface PairTable {
  slots: Int32Array;
  mask: number;
}

const slotOf = (first: number, second: number, mask: number) => (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b)) & mask;

function pairTable(pairs: { id: number; first: number; second: number }[]): PairTable {
  let size = 64;
  while (size < 2 * pairs.length) size *= 2;
  const slots = new Int32Array(3 * size);
  for (let slot = 0; slot < size; slot++) slots[3 * slot + 2] = NOT_KNOWN;
  for (const { id, first, second } of pairs) {
    let slot = slotOf(first, second, size - 1);
    while (slots[3 * slot + 2] !== NOT_KNOWN) slot = (slot + 1) & (size - 1);
    slots[3 * slot] = first;
    slots[3 * slot + 1] = second;
    slots[3 * slot + 2] = id;
  }
  return { slots, mask: size - 1 };
}

/** The feature of the pair of words `first` `second`, or NOT_KNOWN. */
function pairOf(t: PairTable, first: number, second: number): number {
  const { slots, mask } = t;
  for (let slot = slotOf(first, second, mask); ; slot = (slot + 1) & mask) {
    const feature = slots[3 * slot + 2];
    if (feature === NOT_KNOWN || (slots[3 * slot] === first && slots[3 * slot + 1] === second)) return feature;
  }
}

/**
 * Adds a feature's weights to the value models' sums, once per paper. Features are added in the
 * order featuresOf would list them, so every sum is the same floating-point number.
 */
function add(c: Compiled, feature: number, x: number): void {
  if (c.seen[feature] === c.paper) return;
  c.seen[feature] = c.paper;
  const postings = c.postings;
  for (let k = 2 * c.postingStart[feature]; k < 2 * c.postingStart[feature + 1]; k += 2) c.z[postings[k]] += postings[k + 1] * x;
}

/** The paper's known text features in the order first met (`c.met`; returns how many), with every value model's sum in `c.z`. */
function read(c: Compiled, sentences: ReadSentence[], found: Record<FacetName, Scored[]>, hits: RoleHits): number {
  c.z.set(c.bias);
  // A new paper number makes every feature unseen; on wrapping around, the marks start afresh.
  if (++c.paper === 0xffffffff) {
    c.seen.fill(0);
    c.paper = 1;
  }
  const met = c.met;
  let text = 0;
  for (const s of sentences) {
    const prefix = PREFIXES.indexOf(textPrefixOf(s.role));
    const wordFeature = c.wordFeature[prefix];
    const pairs = prefix === 2 ? null : c.pairFeature[prefix];
    // A pair is of two words next to each other once function words are left out (wordsOf).
    let previous = NOT_KNOWN;
    const count = wordNumbers(c.words, s.text);
    const found = c.words.found;
    for (let i = 0; i < count; i++) {
      const word = found[i];
      if (word >= 0) {
        // A feature met for the first time in the paper is listed and added.
        const feature = wordFeature[word];
        if (feature >= 0 && c.seen[feature] !== c.paper) {
          met[text++] = feature;
          add(c, feature, 1);
        }
        if (pairs && previous >= 0) {
          const pair = pairOf(pairs, previous, word);
          if (pair >= 0 && c.seen[pair] !== c.paper) {
            met[text++] = pair;
            add(c, pair, 1);
          }
        }
      }
      previous = word;
    }
  }
  for (const [facet, scored] of Object.entries(found)) {
    const byValue = c.ruled.get(facet);
    if (!byValue) continue;
    for (const s of scored) {
      const feature = byValue.get(s.evidence.value);
      if (feature !== undefined) add(c, feature, Math.min(3, s.score));
    }
  }
  for (const [facet, byValue] of Object.entries(hits)) {
    const known = c.roled.get(facet);
    if (!known) continue;
    for (const [value, roles] of byValue) {
      const byRole = known.get(value);
      if (!byRole) continue;
      for (const role in roles) {
        const feature = byRole.get(role);
        if (feature !== undefined) add(c, feature, roles[role as Role]!);
      }
    }
  }
  return text;
}

/** Value model `m`'s weight for a feature, 0 when it has none. */
function weightOf(c: Compiled, feature: number, m: number): number {
  for (let k = 2 * c.postingStart[feature]; k < 2 * c.postingStart[feature + 1]; k += 2) if (c.postings[k] === m) return c.postings[k + 1];
  return 0;
}

/**
 * The text feature that pushed hardest for a value: the phrase its evidence shows. A word pair or a
 * word with content in it is preferred over a generic word that weighed more.
 */
function strongestCue(c: Compiled, m: number, text: number): Cue | null {
  let best: Cue | null = null;
  let bestWeight = 0;
  let telling: Cue | null = null;
  let tellingWeight = 0;
  for (let t = 0; t < text; t++) {
    const feature = c.met[t];
    const w = weightOf(c, feature, m);
    if (w <= 0) continue;
    const cue = c.cues[feature]!;
    if (!best || w > bestWeight) [best, bestWeight] = [cue, w];
    if (cue.telling && (!telling || w > tellingWeight)) [telling, tellingWeight] = [cue, w];
  }
  return telling ?? best;
}

/**
 * Each facet of `model`'s values as the model decides them for one paper, in taxonomy order: a value
 * the rules found is kept unless its probability falls under the facet's `drop`; a value they missed
 * is added when it reaches `add`, with the phrase that weighed most as its evidence.
 */
export function decide(
  model: LearnedModel,
  sentences: ReadSentence[],
  found: Record<FacetName, Scored[]>,
  hits: RoleHits,
): Partial<Record<FacetName, Scored[]>> {
  const c = compiled(model);
  const text = read(c, sentences, found, hits);
  const decided: Partial<Record<FacetName, Scored[]>> = {};
  for (const { facet, threshold, values } of c.facets) {
    if (!found[facet]) continue;
    const kept: Scored[] = [];
    const ruledOf = found[facet];
    for (const { slug, model: m } of values) {
      let ruled: Scored | undefined;
      for (let k = 0; k < ruledOf.length && !ruled; k++) if (ruledOf[k].evidence.value === slug) ruled = ruledOf[k];
      if (m < 0) {
        if (ruled) kept.push(ruled);
        continue;
      }
      const p = 1 / (1 + Math.exp(-c.z[m]));
      if (ruled) {
        if (p >= threshold.drop) kept.push(ruled);
        continue;
      }
      if (p < threshold.add) continue;
      const cue = strongestCue(c, m, text);
      if (cue) kept.push({ evidence: { value: slug, phrase: cue.phrase, field: cue.field, learned: true }, score: 2 * p });
    }
    decided[facet] = kept;
  }
  return decided;
}
