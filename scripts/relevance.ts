import { scoreRelevance } from "../lib/eval/relevance-sample";
import { DEFAULT_FILTER } from "../lib/ingest/sources/relevance";

// `npm run relevance`: precision and recall of the snapshot's default filter on the labelled sample.
const scores = scoreRelevance(DEFAULT_FILTER);
console.log("part       records  relevant  kept  precision  recall");
for (const s of scores)
  console.log(
    `${s.part.padEnd(10)} ${String(s.records).padStart(7)} ${String(s.relevant).padStart(9)} ${String(s.kept).padStart(5)} ${s.precision.toFixed(3).padStart(10)} ${s.recall.toFixed(3).padStart(7)}`,
  );
const all = scores.at(-1)!;
for (const m of all.missed) console.log(`  missed: ${m}`);
for (const w of all.wronglyKept) console.log(`  kept, not relevant: ${w}`);
