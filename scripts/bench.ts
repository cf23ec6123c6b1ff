import { readCatalogue } from "../lib/catalogue";
import { startTempCatalogue } from "../lib/meili-server/temp-catalogue";
import { parseSearchState } from "../lib/search-params";
// query.ts imports "server-only"; the npm script runs with the react-server condition, as Next.js does.
import { searchPapers } from "../lib/search";

// `npm run bench`: latency of the ingest and of typical searches, as a table. Never a test.
const RUNS = 30;
const QUERIES = [
  "q=swin",
  "q=linear+attention+speech",
  "q=tranformer",
  "q=mixture+of+experts&technique=moe",
  "domain=audio&domain=vision&technique=linear-attention",
  "q=time+series&domain=time-series&sort=newest&page=2",
  "",
];

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

const row = (name: string, s: ReturnType<typeof stats>, extra = "") =>
  `| ${name.padEnd(54)} | ${s.p50.toFixed(1).padStart(7)} | ${s.p95.toFixed(1).padStart(7)} | ${s.max.toFixed(1).padStart(7)} | ${extra.padStart(6)} |`;

const ingest: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  readCatalogue();
  ingest.push(performance.now() - t);
}

const catalogue = await startTempCatalogue();
process.env.MEILI_URL = catalogue.meili.url;
process.env.MEILI_SEARCH_KEY = catalogue.searchKey;

console.log(`Ingest and search latency, ms (${RUNS} runs per query after 3 warm-ups; ${catalogue.paperCount} papers)\n`);
console.log(`| ${"what".padEnd(54)} |     p50 |     p95 |     max |   hits |`);
console.log(`|${"-".repeat(56)}|---------|---------|---------|--------|`);
console.log(row("read + parse + classify + validate all dumps", stats(ingest)));
try {
  for (const query of QUERIES) {
    const state = parseSearchState(new URLSearchParams(query));
    for (let i = 0; i < 3; i++) await searchPapers(state);
    const samples: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      total = (await searchPapers(state)).total;
      samples.push(performance.now() - t);
    }
    console.log(row(`searchPapers ?${query || "(empty)"}`, stats(samples), String(total)));
  }
} finally {
  await catalogue.stop();
}
