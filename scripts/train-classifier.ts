import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readCatalogue } from "../lib/catalogue";
import { classify, readPaper, roleHitsOf } from "../lib/ingest/classify/classify";
import { featuresOf } from "../lib/ingest/classify/learned/features";
import { fitLogistic } from "../lib/ingest/classify/learned/fit";
import type { LearnedModel } from "../lib/ingest/classify/learned/model";
import { readLabelledSample, textsOf } from "../lib/eval/labelled-sample";
import { scoreFacets, type Labels } from "../lib/eval/score";
import { FACET_NAMES, TAXONOMY, type FacetName } from "../lib/taxonomy";

// `npm run train`: fits the learned layer to the tuning part only (never the held-out part),
// picks each facet's regularisation and threshold by 5-fold cross-validation, keeps the layer
// for a facet only where cross-validation beats the rules alone, and writes the weights.
const { values: args } = parseArgs({ options: { "dry-run": { type: "boolean", default: false } } });
const OUT = path.join(process.cwd(), "lib", "ingest", "classify", "learned", "weights.json");
const L2 = [0.003, 0.01, 0.03];
const THRESHOLDS = [
  ...[0.6, 0.75, 0.9, 2].flatMap((add) => [0, 0.05, 0.1, 0.2].map((drop) => ({ add, drop }))),
  // The model alone decides.
  { add: 0.5, drop: 0.5 },
  { add: 0.4, drop: 0.4 },
];
type Threshold = (typeof THRESHOLDS)[number];
const FOLDS = 5;
const MIN_GAIN = 0.005;

const papers = readCatalogue().result.papers;
const items = textsOf(readLabelledSample("tuning"), papers).map(({ label, expected, text }) => {
  const { sentences, found } = readPaper(text);
  const hits = roleHitsOf(sentences);
  const fold = createHash("sha1").update(label.title).digest()[0] % FOLDS;
  return { expected, text, fold, features: featuresOf(sentences, found, hits) };
});
type Item = (typeof items)[number];

function vocabularyOf(train: Item[]): Set<string> {
  const docs = new Map<string, number>();
  for (const item of train) for (const f of item.features.keys()) docs.set(f, (docs.get(f) ?? 0) + 1);
  return new Set([...docs].filter(([f, n]) => n >= 3 || f.startsWith("r:") || f.startsWith("h:")).map(([f]) => f));
}

function fit(train: Item[], l2: number, thresholds: Partial<Record<FacetName, Threshold>>): LearnedModel {
  const vocabulary = vocabularyOf(train);
  const facets: LearnedModel["facets"] = {};
  for (const facet of Object.keys(thresholds) as FacetName[]) {
    facets[facet] = {};
    for (const { slug } of TAXONOMY[facet].values) {
      const positives = train.filter((t) => (t.expected[facet] as string[]).includes(slug)).length;
      if (positives < 2) continue;
      facets[facet][slug] = fitLogistic(
        train.map((t) => ({ features: t.features, label: (t.expected[facet] as string[]).includes(slug) })),
        vocabulary,
        { l2 },
      );
    }
  }
  return { thresholds: thresholds as Record<string, Threshold>, facets, trainedOn: train.length };
}

const f1 = (facet: FacetName, pairs: { expected: Labels; predicted: Labels }[]) => scoreFacets(pairs).find((s) => s.facet === facet)!.f1;
const none: LearnedModel = { thresholds: {}, facets: {}, trainedOn: 0 };
const rulesOnly = items.map((i) => ({ expected: i.expected, predicted: classify(i.text, none) }));

const chosen: Partial<Record<FacetName, { l2: number; threshold: Threshold }>> = {};
console.log("| facet | rules alone (tuning) | learned, 5-fold CV | l2 | threshold | kept |\n|---|---|---|---|---|---|");
for (const facet of FACET_NAMES) {
  let best = { f1: -1, l2: 0, threshold: THRESHOLDS[0] };
  for (const l2 of L2) {
    // The models of one fold do not depend on the threshold: fit once, score every threshold.
    const perFold = Array.from({ length: FOLDS }, (_, k) =>
      fit(
        items.filter((i) => i.fold !== k),
        l2,
        { [facet]: THRESHOLDS[0] },
      ),
    );
    for (const threshold of THRESHOLDS) {
      // One model object per fold: a compiled model is cached by object, so a copy per paper would recompile it.
      const models = perFold.map((m) => ({ ...m, thresholds: { [facet]: threshold } }));
      const pairs = items.map((i) => ({ expected: i.expected, predicted: classify(i.text, models[i.fold]) }));
      const score = f1(facet, pairs);
      if (score > best.f1) best = { f1: score, l2, threshold };
    }
  }
  const base = f1(facet, rulesOnly);
  const kept = best.f1 >= base + MIN_GAIN;
  if (kept) chosen[facet] = { l2: best.l2, threshold: best.threshold };
  console.log(
    `| ${facet} | ${base.toFixed(3)} | ${best.f1.toFixed(3)} | ${best.l2} | add ${best.threshold.add}, drop ${best.threshold.drop} | ${kept ? "yes" : "no"} |`,
  );
}

const model: LearnedModel = { thresholds: {}, facets: {}, trainedOn: items.length };
for (const [facet, c] of Object.entries(chosen) as [FacetName, { l2: number; threshold: Threshold }][]) {
  const m = fit(items, c.l2, { [facet]: c.threshold });
  model.facets[facet] = m.facets[facet];
  model.thresholds[facet] = c.threshold;
}
if (!args["dry-run"]) {
  writeFileSync(OUT, JSON.stringify(model) + "\n");
  console.log(`\nwrote ${path.relative(process.cwd(), OUT)} (${Object.keys(chosen).join(", ") || "no facet"}; ${items.length} tuning papers)`);
}
