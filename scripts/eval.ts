import { parseArgs } from "node:util";
import { readCatalogue } from "../lib/catalogue";
import { pairWithPapers, readLabelledSample } from "../lib/eval/labelled-sample";
import { formatScores, scoreFacets } from "../lib/eval/score";
import { FACET_NAMES } from "../lib/taxonomy";

// `npm run eval [-- --errors FACET]`: per-facet precision, recall and F1 against the hand-labelled sample.
const { values } = parseArgs({ options: { errors: { type: "string" } } });

const started = performance.now();
const { result } = readCatalogue();
const classifiedMs = performance.now() - started;
const pairs = pairWithPapers(readLabelledSample(), result.papers);
console.log(formatScores(scoreFacets(pairs), pairs.length));
console.log(`\n(${result.papers.length} papers read and classified in ${classifiedMs.toFixed(0)} ms)`);

const facet = values.errors;
if (facet) {
  if (!(FACET_NAMES as string[]).includes(facet)) throw new Error(`--errors takes one of ${FACET_NAMES.join(", ")}`);
  const f = facet as (typeof FACET_NAMES)[number];
  for (const { title, expected, predicted } of pairs) {
    const want = [...expected[f]].sort().join(",");
    const got = [...predicted[f]].sort().join(",");
    if (want !== got) console.log(`- ${title.slice(0, 60).padEnd(60)} want ${(want || "(none)").padEnd(36)} got ${got || "(none)"}`);
  }
}
