import { readFileSync, writeFileSync } from "node:fs";
import { loadDumps } from "../lib/dumps";
import { classify } from "../lib/ingest/classify/classify";
import { parseDump } from "../lib/ingest/parse-dump";
import type { Text } from "../lib/ingest/classify/sentences";

/**
 * `npx tsx scripts/classifier-snapshot.ts <out.json>`: the classifier's output on every text of data/dumps
 * and tests/fixtures/labels, as JSON, with the time it took. Two snapshots that compare equal (`cmp`)
 * show a performance change left every label and every piece of evidence as it was.
 */
const texts: Text[] = [];
for (const input of loadDumps())
  if (!input.error) for (const r of parseDump(input.file, input.text, input.options).records) texts.push({ title: r.title, abstract: r.abstract });
for (const file of ["tests/fixtures/labels/tuning.jsonl", "tests/fixtures/labels/held-out.jsonl"])
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const { title, abstract } = JSON.parse(line) as Text;
    texts.push({ title, abstract: abstract ?? "" });
  }
// Warm up the compiled patterns, then time a few passes.
for (const t of texts.slice(0, 50)) classify(t);
const started = performance.now();
const passes = Number(process.env.PASSES ?? 3);
let out: unknown[] = [];
for (let p = 0; p < passes; p++) out = texts.map((t) => classify(t));
const perSecond = (texts.length * passes) / ((performance.now() - started) / 1000);
if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(out));
console.log(`${texts.length} texts, ${perSecond.toFixed(0)} papers/s on one core`);
