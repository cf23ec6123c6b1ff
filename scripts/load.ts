import { readFileSync, writeFileSync } from "node:fs";
import { rssMb } from "./bench/rss";
import { format, resolveConfig } from "prettier";
import path from "node:path";
import autocannon from "autocannon";
import { startTempCatalogue } from "../lib/meili-server/temp-catalogue";
import { findParamErrors } from "../lib/search-params";
import { buildIfNeeded } from "./build-if-needed";
import { startNext } from "./start-next";

// `npm run load [-- --url http://127.0.0.1:3000]`: a bounded load test on loopback.
// Without --url it starts its own Meilisearch (real dumps, temporary directory) and
// production server, and reports their memory too. Never a test: it takes ~3.5 minutes.

const PHASES = [
  { name: "/api/search", route: "/api/search", seconds: 60, connections: 32 },
  { name: "/ (search page)", route: "/", seconds: 30, connections: 16 },
] as const;
const SETTLE_SECONDS = 60;
const REPORT = path.join(process.cwd(), "docs", "reliability.md");

// Real queries and facet combinations (taxonomy slugs), as people type and click them.
const QUERIES = [
  "",
  "q=swin",
  "q=linear+attention",
  "q=linear+attention+speech",
  "q=tranformer",
  "q=mixture+of+experts&technique=moe",
  "q=vision+transformer&domain=vision",
  "q=speech&domain=audio&task=speech-recognition",
  "q=mamba&architecture=state-space",
  "q=time+series&domain=time-series&task=forecasting&sort=newest",
  "q=diffusion&task=generation&domain=vision&domain=video",
  "q=quantization&technique=quantization&technique=pruning",
  "q=survey&contribution=survey",
  "q=transformer&page=2",
  "q=transformer&sort=upvotes&page=3",
  "domain=audio&domain=vision&technique=linear-attention",
  "domain=graph",
  "domain=biomedical&task=segmentation",
  "technique=sparse-attention&architecture=hybrid",
  "technique=distillation&contribution=method&code=1",
  "domain=language&task=language-modeling&technique=efficient-decoding",
  "architecture=convolutional&year=2024",
  "domain=multimodal&year=2025&year=2024&sort=newest",
  "q=point+cloud&domain=3d",
  "q=swin&domain=graph",
];

function loopbackOnly(url: string): string {
  const { hostname, origin } = new URL(url);
  if (!["127.0.0.1", "localhost", "[::1]"].includes(hostname)) throw new Error(`load runs on loopback only, not against ${hostname}`);
  return origin;
}

const percentile = (sorted: number[], q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);

async function runPhase(base: string, phase: (typeof PHASES)[number]) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: phase.connections,
        duration: phase.seconds,
        timeout: 10,
        requests: QUERIES.map((q) => ({ method: "GET" as const, path: q ? `${phase.route}?${q}` : phase.route })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    name: `${phase.name}, ${phase.connections} connections, ${phase.seconds} s`,
    requestsPerSecond: Math.round(result.requests.average),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

const urlArg = process.argv.indexOf("--url");
let base: string;
let pids: { next?: number; meili?: number } = {};
let stop = async () => {};
if (urlArg > 0) {
  base = loopbackOnly(process.argv[urlArg + 1]);
} else {
  buildIfNeeded();
  const catalogue = await startTempCatalogue();
  const next = await startNext({ meiliUrl: catalogue.meili.url, searchKey: catalogue.searchKey });
  base = next.url;
  pids = { next: next.process.pid, meili: catalogue.meili.process?.pid };
  stop = async () => {
    await next.stop();
    await catalogue.stop();
  };
}
for (const q of QUERIES) {
  const errors = findParamErrors(new URLSearchParams(q));
  if (errors.length) throw new Error(`query "${q}" is not valid: ${errors.join("; ")}`);
}

const memory = (when: string) => ({ when, next: rssMb(pids.next), meili: rssMb(pids.meili) });
try {
  // One pass over every URL first, so the numbers measure serving, not first compilation.
  for (const phase of PHASES) for (const q of QUERIES) await (await fetch(`${base}${phase.route}?${q}`)).arrayBuffer();
  const rss = [memory("before")];
  const rows = [];
  for (const phase of PHASES) {
    console.log(`running ${phase.name}: ${phase.connections} connections for ${phase.seconds} s…`);
    rows.push(await runPhase(base, phase));
  }
  rss.push(memory("right after"));
  if (pids.next) {
    console.log(`waiting ${SETTLE_SECONDS} s for memory to settle…`);
    await new Promise((r) => setTimeout(r, SETTLE_SECONDS * 1000));
    rss.push(memory(`${SETTLE_SECONDS} s after`));
  }

  const mb = (v: number | null) => (v === null ? "n/a" : `${v} MB`);
  const table = [
    `Load on ${new Date().toISOString().slice(0, 10)}, ${QUERIES.length} queries in rotation, loopback, production build (\`npm run load\`).`,
    "",
    "| phase | req/s | p50 ms | p95 ms | p99 ms | requests | non-2xx | errors |",
    "| ----- | ----: | -----: | -----: | -----: | -------: | ------: | -----: |",
    ...rows.map((r) => `| ${r.name} | ${r.requestsPerSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.total} | ${r.non2xx} | ${r.errors} |`),
    "",
    "| resident memory | Next.js | Meilisearch |",
    "| --------------- | ------: | ----------: |",
    ...rss.map((m) => `| ${m.when} | ${mb(m.next)} | ${mb(m.meili)} |`),
  ].join("\n");
  console.log(`\n${table}\n`);

  const failures = rows.reduce((n, r) => n + r.non2xx + r.errors, 0);
  const [before, , settled] = rss;
  const growth = (key: "next" | "meili") => (settled?.[key] && before[key] ? settled[key] / before[key] - 1 : 0);
  const grown = Math.max(growth("next"), growth("meili"));
  console.log(
    `errors + non-2xx: ${failures}; memory a minute after vs before: Next.js ${Math.round(growth("next") * 100)} %, Meilisearch ${Math.round(growth("meili") * 100)} %`,
  );

  const doc = readFileSync(REPORT, "utf8");
  const start = "<!-- load:start -->";
  const end = "<!-- load:end -->";
  // Formatted as `npm run lint` checks it, so a fresh table never fails CI.
  const updated = `${doc.slice(0, doc.indexOf(start) + start.length)}\n${table}\n${doc.slice(doc.indexOf(end))}`;
  writeFileSync(REPORT, await format(updated, { ...(await resolveConfig(REPORT)), filepath: REPORT }));
  console.log(`table written to ${path.relative(process.cwd(), REPORT)}`);
  process.exitCode = failures > 0 || grown > 0.2 ? 1 : 0;
} finally {
  await stop();
}
