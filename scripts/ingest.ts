import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Meilisearch } from "meilisearch";
import { ensureIndex, incrementalPaths, ingestCodeHash, ingestIncrementally, inputsHash, readCatalogue, streamCatalogue, hasStreamed } from "../lib/catalogue";
import { DEFAULT_DUMP_DIR, loadDumps } from "../lib/dumps";
import type { IngestResult } from "../lib/ingest/build-papers";
import { FacetCounts, formatReport } from "../lib/ingest/report";
import { DEFAULT_CATEGORIES, DEFAULT_FILTER, type RelevanceFilter } from "../lib/ingest/sources/relevance";
import { dataDirFrom } from "../lib/meili-server/data-dir";
import { startMeili } from "../lib/meili-server/start-meili";
import { watchLaunchers } from "../lib/meili-server/tether";
import type { Paper } from "../lib/paper";
import type { StreamProgress } from "../lib/stream-input";
import { adminClient } from "../lib/search/client";
import { checkLiveIndex, readMeta, rebuildIndex } from "../lib/search/index-papers";
import { ShrinkRefusedError } from "../lib/search/shrink-guard";
import type { UpsertReport } from "../lib/search/upsert-papers";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    out: { type: "string" },
    "captured-on": { type: "string" },
    "allow-shrink": { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    prune: { type: "boolean", default: false },
    categories: { type: "string" },
    unfiltered: { type: "boolean", default: false },
  },
});

const paths = positionals.length ? positionals.map((p) => path.resolve(p)) : undefined;
const capturedOn = values["captured-on"];
if (capturedOn && !/^\d{4}-\d{2}-\d{2}$/.test(capturedOn)) {
  console.error(`--captured-on must be YYYY-MM-DD, got "${capturedOn}"`);
  process.exit(2);
}
const categories =
  values.categories === "all"
    ? []
    : (values.categories
        ?.split(",")
        .map((c) => c.trim())
        .filter(Boolean) ?? [...DEFAULT_CATEGORIES]);
const filter: RelevanceFilter = { ...DEFAULT_FILTER, categories, architecture: !values.unfiltered };

function progressPrinter(): (p: StreamProgress) => void {
  let lastShown = -1;
  const started = performance.now();
  return (p) => {
    const share = p.totalBytes ? p.bytesRead / p.totalBytes : 0;
    const tenth = Math.floor(share * 10);
    const seconds = (performance.now() - started) / 1000;
    const bar = `${"█".repeat(Math.round(share * 30)).padEnd(30, "·")} ${(share * 100).toFixed(0).padStart(3)} %  ${p.lines.toLocaleString("en")} lines  ${seconds.toFixed(0)} s`;
    if (process.stderr.isTTY) process.stderr.write(`\r  ${p.file} ${bar}`);
    else if (tenth !== lastShown) console.error(`  ${p.file} ${bar}`);
    lastShown = tenth;
  };
}

const started = performance.now();
let inputs = loadDumps(paths, capturedOn);
let streamed = hasStreamed(inputs);
const counts = new FacetCounts();
const collected: Paper[] = [];
let result: IngestResult | null = null;

/** Every paper of the run, each handed over once: streamed ones as they come, counted for the report. */
const streamAll =
  (inputsToRead = inputs) =>
  async (emit: (paper: Paper) => Promise<void>) => {
    result = await streamCatalogue(
      inputsToRead,
      async (paper) => {
        counts.add(paper);
        if (values.out) collected.push(paper);
        await emit(paper);
      },
      { filter, onProgress: progressPrinter() },
    );
  };

function printReport(): void {
  if (!result) return;
  if (process.stderr.isTTY && streamed) process.stderr.write("\n");
  console.log(formatReport(result, counts));
  const seconds = (performance.now() - started) / 1000;
  console.log(`\n  read and classified in ${(seconds * 1000).toFixed(0)} ms (${(counts.papers / seconds).toFixed(0)} papers/s)`);
}

function printUpsert(r: UpsertReport): void {
  console.log(
    `  live index updated in place: ${r.added} added, ${r.updated} updated, ${r.unchanged} unchanged, ${r.removed} removed${r.mergedAway ? ` (${r.mergedAway} merged into the records of their arXiv ids)` : ""}`,
  );
  if (r.kept) console.log(`  ${r.kept} papers no longer in the files read were kept; --prune removes them`);
  console.log(`  sent ${r.sent} documents to Meilisearch in ${r.tasks} task(s); the live index holds ${r.paperCount} papers`);
}

if (values["dry-run"]) {
  if (streamed) await streamAll()(async () => {});
  else {
    result = readCatalogue(paths, capturedOn, filter).result;
    for (const paper of result.papers) counts.add(paper);
    collected.push(...result.papers);
  }
  printReport();
  if (values.out) {
    writeFileSync(values.out, JSON.stringify(collected, null, 2) + "\n");
    console.log(`  wrote ${collected.length} papers to ${values.out}`);
  }
  process.exit(result!.failedFiles.length ? 1 : 0);
}

// Killing npm or tsx must not leave this process indexing (and its Meilisearch running) unseen.
watchLaunchers((why) => {
  console.error(`\n  ${why}: ingest interrupted, the live index left as it was`);
  process.exit(1);
});
// With `npm start` running on the same data directory this uses its server; otherwise it starts one.
const meili = await startMeili({ dataDir: dataDirFrom(), port: Number(process.env.MEILI_PORT ?? 7700), quiet: true, role: "ingest", joinRunning: true }).catch(
  (error: unknown) => {
    console.error(`\n  ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
console.log(`  Meilisearch: ${meili.describe}`);

/** Why this run must rebuild in full rather than update the live index, or null when it may update. */
async function rebuildReason(admin: Meilisearch): Promise<string | null> {
  if (!paths) return "no files named: the index is rebuilt from data/dumps and the sources it holds";
  if (values.rebuild) return "--rebuild";
  const live = await checkLiveIndex(admin);
  if (!live.usable) return live.reason;
  const meta = await readMeta(admin);
  if (meta?.codeHash !== ingestCodeHash()) return "the ingest code or index settings changed since the live index was built";
  return null;
}

async function incremental(admin: Meilisearch): Promise<void> {
  const run = await ingestIncrementally(admin, paths!, {
    capturedOn,
    filter,
    prune: values.prune,
    allowShrink: values["allow-shrink"],
    onProgress: progressPrinter(),
    onPaper: (paper) => {
      counts.add(paper);
      if (values.out) collected.push(paper);
    },
  });
  result = run.result;
  for (const f of run.gone)
    console.log(`  ! ${f}: gone since the last ingest${values.prune ? "; its papers were pruned" : "; its papers are kept (--prune removes them)"}`);
  printReport();
  printUpsert(run.report);
}

try {
  const admin = adminClient(meili.url, meili.masterKey);
  const why = await rebuildReason(admin);
  // A rebuild keeps every source the index holds papers of (added by `ingest -- <file>`); only
  // --rebuild means exactly the files named.
  const rebuildPaths = values.rebuild && paths ? paths : incrementalPaths(await readMeta(admin), paths ?? [DEFAULT_DUMP_DIR]);
  if (why !== null) {
    inputs = loadDumps(rebuildPaths, capturedOn);
    streamed = hasStreamed(inputs);
  }
  if (why === null) await incremental(admin);
  else if (streamed) {
    console.log(`  full rebuild (${why})`);
    const meta = await rebuildIndex(admin, streamAll(), inputsHash(inputs), {
      allowShrink: values["allow-shrink"],
      onStep: (step) => console.log(`  ${step}`),
      meta: () => ({ codeHash: ingestCodeHash(), files: result!.files }),
    });
    printReport();
    console.log(`  indexed ${meta.paperCount} papers into Meilisearch`);
  } else {
    const run = readCatalogue(rebuildPaths, capturedOn, filter);
    result = run.result;
    for (const paper of result.papers) counts.add(paper);
    collected.push(...result.papers);
    printReport();
    const { meta } = await ensureIndex(admin, { force: true, run, allowShrink: values["allow-shrink"], onStep: (step) => console.log(`  ${step}`) });
    console.log(`  indexed ${meta?.paperCount} papers into Meilisearch`);
  }
} catch (error) {
  if (!(error instanceof ShrinkRefusedError)) throw error;
  printReport();
  console.error(`\n  ${error.message}`);
  process.exitCode = 1;
} finally {
  await meili.stop();
}

if (values.out) {
  writeFileSync(values.out, JSON.stringify(collected, null, 2) + "\n");
  console.log(`  wrote ${collected.length} papers to ${values.out}`);
}
process.exitCode ||= (result as IngestResult | null)?.failedFiles.length ? 1 : 0;
