import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { finished } from "node:stream/promises";
import { getHeapStatistics } from "node:v8";
import { ensureIndex, ingestIncrementally } from "../lib/catalogue";
import { startMeili } from "../lib/meili-server/start-meili";
import { adminClient } from "../lib/search/client";

// `npm run bench:snapshot [-- --lines 200000]`: writes a snapshot of that many lines recombined
// from the fixture's real records (new ids, titles and abstracts mixed from two records), ingests
// it with the dumps into a fresh Meilisearch, then re-ingests it unchanged, and prints peak memory
// and throughput. The generated file is temporary, never committed.
const { values } = parseArgs({ options: { lines: { type: "string", default: "200000" } } });
const LINES = Number(values.lines);
const FIXTURE = "tests/fixtures/sources/arxiv-metadata-snapshot.jsonl";

interface SnapshotLine {
  id: string;
  title: string;
  abstract: string;
  [key: string]: unknown;
}

const base = readFileSync(FIXTURE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as SnapshotLine);
const sentences = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .trim()
    .split(/(?<=\.)\s+/);

function recombined(i: number): SnapshotLine {
  const a = base[i % base.length];
  const b = base[(i * 7 + 3) % base.length];
  const [sa, sb] = [sentences(a.abstract), sentences(b.abstract)];
  const abstract = [...sa.slice(0, Math.ceil(sa.length / 2)), ...sb.slice(Math.floor(sb.length / 2))].join(" ");
  const words = b.title.split(/\s+/);
  const id = `${2401 + Math.floor(i / 99_999)}.${String((i % 99_999) + 1).padStart(5, "0")}`;
  return { ...a, id, title: `${a.title.replace(/\s+/g, " ")}: ${words.slice(-3).join(" ")} ${i}`, abstract };
}

async function writeSnapshot(file: string): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < LINES; i++) if (!out.write(JSON.stringify(recombined(i)) + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
  out.end();
  await finished(out);
}

/** Peak resident memory of this process, sampled while the ingest runs. */
function sampleRss(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

const vmHwm = (pid: number | undefined) => {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

const dir = mkdtempSync(path.join(tmpdir(), "bench-snapshot-"));
const snapshot = path.join(dir, "arxiv-metadata-oai-snapshot.json");
const env = { ...process.env };
delete env.MEILI_HOST;
const meili = await startMeili({ dataDir: path.join(dir, "meili"), port: 0, masterKey: "bench-master-key-0123456789", env, quiet: true });
try {
  await writeSnapshot(snapshot);
  console.log(`generated ${LINES.toLocaleString("en")} lines (${mb(statSync(snapshot).size)}) from ${base.length} fixture records`);
  const admin = adminClient(meili.url, meili.masterKey);
  await ensureIndex(admin, { force: true });

  const rows: string[][] = [];
  for (const pass of ["first ingest", "unchanged re-ingest"]) {
    const rss = sampleRss();
    const started = performance.now();
    const { report, result } = await ingestIncrementally(admin, [snapshot]);
    const seconds = (performance.now() - started) / 1000;
    const papers = result.streamedIndexed + result.papers.length;
    for (const f of result.failedFiles) console.log(`  ✗ ${f.message}`);
    if (result.rejections.length)
      console.log(
        `  ${result.rejections.length} records rejected, e.g. ${result.rejections[0].file}:${result.rejections[0].line}: ${result.rejections[0].reason}`,
      );
    rows.push([
      pass,
      result.recordsRead.toLocaleString("en"),
      papers.toLocaleString("en"),
      (result.skipped.category + result.skipped.architecture).toLocaleString("en"),
      report.sent.toLocaleString("en"),
      seconds.toFixed(1),
      (papers / seconds).toFixed(0),
      (result.recordsRead / seconds).toFixed(0),
      mb(rss.stop()),
    ]);
  }
  const header = ["pass", "records", "papers", "skipped", "sent", "seconds", "papers/s", "records/s", "peak RSS (node)"];
  console.log(`\n| ${header.join(" | ")} |\n|${header.map(() => " --- ").join("|")}|`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`\nMeilisearch peak RSS (VmHWM): ${mb(vmHwm(meili.process?.pid))}; node heap limit ${mb(getHeapStatistics().heap_size_limit)}`);
} finally {
  await meili.stop();
  rmSync(dir, { recursive: true, force: true });
}
