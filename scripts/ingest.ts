import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureIndex, readCatalogue } from "../lib/catalogue";
import { formatReport } from "../lib/ingest/report";
import { startMeili } from "../lib/meili-server/start-meili";
import { adminClient } from "../lib/search/client";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "dry-run": { type: "boolean", default: false },
    out: { type: "string" },
    "captured-on": { type: "string" },
  },
});

const paths = positionals.length ? positionals.map((p) => path.resolve(p)) : undefined;
const capturedOn = values["captured-on"];
if (capturedOn && !/^\d{4}-\d{2}-\d{2}$/.test(capturedOn)) {
  console.error(`--captured-on must be YYYY-MM-DD, got "${capturedOn}"`);
  process.exit(2);
}

const started = performance.now();
const { result } = readCatalogue(paths, capturedOn);
console.log(formatReport(result));
console.log(`\n  read and classified in ${(performance.now() - started).toFixed(0)} ms`);

if (values.out) {
  writeFileSync(values.out, JSON.stringify(result.papers, null, 2) + "\n");
  console.log(`  wrote ${result.papers.length} papers to ${values.out}`);
}

if (!values["dry-run"]) {
  const meili = await startMeili({ dataDir: path.join(process.cwd(), ".data", "meili"), port: Number(process.env.MEILI_PORT ?? 7700), quiet: true });
  try {
    const { meta } = await ensureIndex(adminClient(meili.url, meili.masterKey), { force: true, paths });
    console.log(`  indexed ${meta?.paperCount} papers into Meilisearch (${meili.describe})`);
  } finally {
    await meili.stop();
  }
}

process.exitCode = result.failedFiles.length ? 1 : 0;
