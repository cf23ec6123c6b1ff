import { parseArgs } from "node:util";
import { readCatalogue } from "../lib/catalogue";
import { pairWithPapers, readLabelledSample, SAMPLE_PARTS, type SamplePart } from "../lib/eval/labelled-sample";
import { formatScores, scoreFacets } from "../lib/eval/score";
import { FACET_NAMES, type FacetName } from "../lib/taxonomy";

// `npm run eval [-- --errors FACET [--part tuning|held-out|held-out-2]]`: per-facet precision, recall, F1
// and macro-F1 on the tuning part (rules are written from it) and the two frozen held-out parts.
const { values } = parseArgs({ options: { errors: { type: "string" }, part: { type: "string", default: "tuning" } } });

const started = performance.now();
const { result } = readCatalogue();
const classifiedMs = performance.now() - started;

const pairsOf = (part: SamplePart) => pairWithPapers(readLabelledSample(part), result.papers);
for (const part of SAMPLE_PARTS) {
  const pairs = pairsOf(part);
  const external = readLabelledSample(part).filter((l) => l.abstract).length;
  console.log(
    formatScores(`\n${part} part: ${pairs.length} papers (${pairs.length - external} from the dumps, ${external} from outside them)`, scoreFacets(pairs)),
  );
}
console.log(`\n(${result.papers.length} papers of the dumps read and classified in ${classifiedMs.toFixed(0)} ms)`);

const facet = values.errors;
if (facet) {
  if (!(FACET_NAMES as string[]).includes(facet)) throw new Error(`--errors takes one of ${FACET_NAMES.join(", ")}`);
  if (!(SAMPLE_PARTS as readonly string[]).includes(values.part!)) throw new Error(`--part takes one of ${SAMPLE_PARTS.join(", ")}`);
  const f = facet as FacetName;
  console.log(`\nDisagreements on ${f} (${values.part} part):`);
  for (const { title, expected, predicted } of pairsOf(values.part as SamplePart)) {
    const want = [...expected[f]].sort().join(",");
    const got = [...predicted[f]].sort().join(",");
    if (want !== got) console.log(`- ${title.slice(0, 60).padEnd(60)} want ${(want || "(none)").padEnd(36)} got ${got || "(none)"}`);
  }
}
