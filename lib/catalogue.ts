import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { dumpsHash, loadDumps } from "./dumps";
import { buildPapers, type IngestResult } from "./ingest/build-papers";
import { liveDumpsHash, rebuildIndex, type CatalogueMeta } from "./search/index-papers";

const INGEST_CODE = ["lib/ingest", "lib/paper.ts", "lib/taxonomy.ts", "lib/search/settings.ts"];

function filesUnder(p: string): string[] {
  try {
    return readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(p, e.name)) : [path.join(p, e.name)]));
  } catch {
    return [p];
  }
}

/** A fingerprint of the code that turns dumps into index documents: a change re-ingests. */
function ingestCodeVersion(root = process.cwd()): string {
  return INGEST_CODE.flatMap((p) => filesUnder(path.join(root, p)))
    .sort()
    .map((f) => readFileSync(f, "utf8"))
    .join("\0");
}

export interface IngestRun {
  result: IngestResult;
  hash: string;
}

/** Reads and classifies the dumps: everything but the index. */
export function readCatalogue(paths?: string[], capturedOn?: string): IngestRun {
  const inputs = loadDumps(paths, capturedOn);
  return { result: buildPapers(inputs), hash: dumpsHash(inputs, ingestCodeVersion()) };
}

/** Re-ingests when the index is missing or the dumps (or ingest code) changed since it was built. */
export async function ensureIndex(
  admin: Meilisearch,
  options: { force?: boolean; paths?: string[] } = {},
): Promise<{ run: IngestRun; meta: CatalogueMeta | null }> {
  const run = readCatalogue(options.paths);
  if (!options.force && (await liveDumpsHash(admin)) === run.hash) return { run, meta: null };
  return { run, meta: await rebuildIndex(admin, run.result.papers, run.hash) };
}
