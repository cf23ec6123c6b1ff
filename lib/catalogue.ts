import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { dumpsHash, loadDumps } from "./dumps";
import { buildPapers, type IngestResult } from "./ingest/build-papers";
import { checkLiveIndex, rebuildIndex, type CatalogueMeta, type RebuildOptions } from "./search/index-papers";

// Everything that shapes the indexed documents and the index settings (the typo policy reads the lexicon and the corpus).
const INGEST_CODE = [
  "lib/ingest",
  "lib/lexicon",
  "lib/paper.ts",
  "lib/taxonomy.ts",
  "lib/search/settings.ts",
  "lib/search/document.ts",
  "lib/search/facet-terms.ts",
  "lib/search/vocabulary.ts",
];

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

/** Thrown when Meilisearch fails internally on the live index: its files are gone, so only a fresh database helps. */
export class DamagedIndexError extends Error {}

export interface EnsureOptions extends RebuildOptions {
  /** Rebuild even when the live index is up to date (`npm run ingest`). */
  force?: boolean;
  paths?: string[];
  capturedOn?: string;
  /** The dumps already read, so they are not read twice. */
  run?: IngestRun;
}

/**
 * Re-ingests when the live index does not answer a real query with every paper of its build,
 * or when the dumps (or ingest code) changed since it was built. `rebuilt` says why it did.
 */
export async function ensureIndex(
  admin: Meilisearch,
  options: EnsureOptions = {},
): Promise<{ run: IngestRun; meta: CatalogueMeta | null; rebuilt: string | null }> {
  const run = options.run ?? readCatalogue(options.paths, options.capturedOn);
  let why = "asked to rebuild";
  if (!options.force) {
    const live = await checkLiveIndex(admin);
    if (live.usable && live.dumpsHash === run.hash) return { run, meta: null, rebuilt: null };
    if (!live.usable && live.damaged) throw new DamagedIndexError(live.reason);
    why = live.usable ? "the dumps or the ingest code changed" : live.reason;
  }
  return { run, meta: await rebuildIndex(admin, run.result.papers, run.hash, options), rebuilt: why };
}
