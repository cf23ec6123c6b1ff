import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureIndex, readCatalogue } from "../lib/catalogue";
import { formatReport } from "../lib/ingest/report";
import { dataDirFrom } from "../lib/meili-server/data-dir";
import { startMeili } from "../lib/meili-server/start-meili";
import { watchLaunchers } from "../lib/meili-server/tether";
import { adminClient } from "../lib/search/client";
import { ShrinkRefusedError } from "../lib/search/shrink-guard";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    out: { type: "string" },
    "captured-on": { type: "string" },
    "allow-shrink": { type: "boolean", default: false },
  },
});

const paths = positionals.length ? positionals.map((p) => path.resolve(p)) : undefined;
const capturedOn = values["captured-on"];
if (capturedOn && !/^\d{4}-\d{2}-\d{2}$/.test(capturedOn)) {
  console.error(`--captured-on must be YYYY-MM-DD, got "${capturedOn}"`);
  process.exit(2);
}

const started = performance.now();
const run = readCatalogue(paths, capturedOn);
const { result } = run;
console.log(formatReport(result));
console.log(`\n  read and classified in ${(performance.now() - started).toFixed(0)} ms`);

if (values.out) {
  writeFileSync(values.out, JSON.stringify(result.papers, null, 2) + "\n");
  console.log(`  wrote ${result.papers.length} papers to ${values.out}`);
}

if (!values["dry-run"]) {
  // Killing npm or tsx must not leave this process indexing (and its Meilisearch running) unseen.
  watchLaunchers((why) => {
    console.error(`\n  ${why}: ingest interrupted, the live index left as it was`);
    process.exit(1);
  });
  // With `npm start` running on the same data directory this uses its server; otherwise it starts one.
  const meili = await startMeili({
    dataDir: dataDirFrom(),
    port: Number(process.env.MEILI_PORT ?? 7700),
    quiet: true,
    role: "ingest",
    joinRunning: true,
  }).catch((error: unknown) => {
    console.error(`\n  ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
  console.log(`  Meilisearch: ${meili.describe}`);
  try {
    const { meta } = await ensureIndex(adminClient(meili.url, meili.masterKey), {
      force: true,
      run,
      allowShrink: values["allow-shrink"],
      onStep: (step) => console.log(`  ${step}`),
    });
    console.log(`  indexed ${meta?.paperCount} papers into Meilisearch`);
  } catch (error) {
    if (!(error instanceof ShrinkRefusedError)) throw error;
    console.error(`\n  ${error.message}`);
    process.exitCode = 1;
  } finally {
    await meili.stop();
  }
}

process.exitCode ||= result.failedFiles.length ? 1 : 0;
