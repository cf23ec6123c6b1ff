import { readCatalogue } from "../lib/catalogue";
import { pairWithPapers, readLabelledSample } from "../lib/eval/labelled-sample";
import { formatScores, scoreFacets } from "../lib/eval/score";
import path from "node:path";

// `npx tsx scripts/label-agreement.ts`: how far the labels themselves agree. A second labeller relabelled
// 100 random tuning papers from the taxonomy and docs/labelling.md alone, without seeing the first labels;
// the classifier is scored against both on the same papers.
const second = readLabelledSample("tuning", path.join(process.cwd(), "tests", "fixtures", "labels", "second-labeller.jsonl"));
const firstByTitle = new Map(readLabelledSample("tuning").map((l) => [l.title, l]));
const first = second.map((l) => {
  const label = firstByTitle.get(l.title);
  if (!label) throw new Error(`second-labeller.jsonl: "${l.title}" is not in the tuning part`);
  return label;
});
const byTitle = new Map(pairWithPapers(first, readCatalogue().result.papers).map((p) => [p.title, p.predicted]));
const predictedFor = (title: string) => byTitle.get(title)!;

console.log(
  formatScores(`Second labeller against the first (${second.length} tuning papers)`, scoreFacets(second.map((l, i) => ({ expected: first[i], predicted: l })))),
);
console.log(formatScores("\nClassifier against the first labeller", scoreFacets(first.map((l) => ({ expected: l, predicted: predictedFor(l.title) })))));
console.log(
  formatScores("\nClassifier against the second labeller", scoreFacets(second.map((l, i) => ({ expected: l, predicted: predictedFor(first[i].title) })))),
);
