import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startTempCatalogue } from "../lib/meili-server/temp-catalogue";
import { readCatalogue } from "../lib/catalogue";
import { bm25Of, evaluate, judgeQueries, judgmentsSnapshot, JUDGMENTS_FILE, partScores, type QueryResult } from "../lib/eval/search-eval";
import { QUERY_PARTS } from "../lib/eval/search-judgments";
// lib/search imports "server-only"; the npm script runs with the react-server condition, as Next.js does.
import { projectRanker } from "../lib/eval/project-ranker";

// `npm run eval:search [-- --details]`: nDCG@10, P@10 and recall@50 of the catalogue's own search
// (a real, temporary Meilisearch index) and of a BM25 baseline, on the tuning and the frozen
// held-out queries (four frozen sets) of tests/fixtures/search/queries.jsonl. --details lists tuning queries only.
// --explain "QUERY" shows the top 10 of a tuning query with their grades; --write-judgments
// rewrites tests/fixtures/search/judgments.json (the grades, for review) and exits.
const { values } = parseArgs({
  options: { details: { type: "boolean" }, "show-held-out": { type: "boolean" }, explain: { type: "string" }, "write-judgments": { type: "boolean" } },
});

const { result } = readCatalogue();
const judged = judgeQueries(result.papers);
if (values["write-judgments"]) {
  writeFileSync(JUDGMENTS_FILE, judgmentsSnapshot(judged, result.papers));
  console.log(`wrote ${JUDGMENTS_FILE}`);
  process.exit(0);
}
const catalogue = await startTempCatalogue();
process.env.MEILI_URL = catalogue.meili.url;
process.env.MEILI_SEARCH_KEY = catalogue.searchKey;

const project = projectRanker;

const f = (x: number) => x.toFixed(3);
try {
  if (values.explain) {
    const query = judged.queries.find((q) => q.query === values.explain);
    if (!query) throw new Error(`"${values.explain}" is not a judged query`);
    if (query.part !== "tuning" && !values["show-held-out"]) throw new Error(`"${query.query}" is a ${query.part} query: it is not looked at while tuning`);
    const grades = judged.grades.get(query.query)!;
    const title = new Map(result.papers.map((p) => [p.id, p]));
    for (const [name, ranker] of [
      ["project", project],
      ["BM25", bm25Of(result.papers)],
    ] as const) {
      console.log(`\n${name}:`);
      for (const id of (await ranker(query.query)).slice(0, 10)) {
        const p = title.get(id)!;
        console.log(`  ${grades.get(id) ?? 0}  ${p.title.slice(0, 80)}  [${p.technique.join(",")}|${p.task.join(",")}|${p.domain.join(",")}]`);
      }
    }
    const missed = [...grades].filter(([, g]) => g === 2).map(([id]) => title.get(id)!.title.slice(0, 80));
    console.log(`\nfully relevant (${missed.length}):\n  ${missed.join("\n  ")}`);
    process.exit(0);
  }
  const ours = await evaluate(judged, project);
  const bm25 = await evaluate(judged, bm25Of(result.papers));
  console.log(`Search relevance on ${result.papers.length} papers (grades from the human labels: docs/search-relevance.md)\n`);
  console.log("| part       | queries | ranker  | nDCG@10 |  P@10 | recall@50 |");
  console.log("|------------|---------|---------|---------|-------|-----------|");
  for (const part of QUERY_PARTS) {
    for (const [name, results] of [
      ["project", ours],
      ["BM25", bm25],
    ] as const) {
      const s = partScores(results, part);
      console.log(
        `| ${part.padEnd(10)} | ${String(s.queries).padStart(7)} | ${name.padEnd(7)} | ${f(s.ndcg10).padStart(7)} | ${f(s.p10)} | ${f(s.recall50).padStart(9)} |`,
      );
    }
  }
  if (values.details) {
    const shown = (r: QueryResult) => r.query.part === "tuning" || values["show-held-out"];
    console.log("\n| query | part | relevant (fully) | nDCG@10 | BM25 | P@10 | BM25 | R@50 | BM25 |");
    console.log("|---|---|---|---|---|---|---|---|---|");
    ours.forEach((r, i) => {
      if (!shown(r)) return;
      const b = bm25[i].scores;
      console.log(
        `| ${r.query.query} | ${r.query.part} | ${r.relevant} (${r.fully}) | ${f(r.scores.ndcg10)} | ${f(b.ndcg10)} | ${f(r.scores.p10)} | ${f(b.p10)} | ${f(r.scores.recall50)} | ${f(b.recall50)} |`,
      );
    });
  }
} finally {
  await catalogue.stop();
}
