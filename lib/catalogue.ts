import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { DEFAULT_DUMP_DIR, dumpsHash, loadDumps } from "./dumps";
import { addInput, PaperPipeline, type DumpInput, type IngestResult } from "./ingest/build-papers";
import type { RelevanceFilter } from "./ingest/sources/relevance";
import type { Paper } from "./paper";
import { streamInput, type StreamProgress } from "./stream-input";
import { checkLiveIndex, readMeta, rebuildIndex, type CatalogueMeta, type RebuildOptions } from "./search/index-papers";
import { upsertPapers, type UpsertReport } from "./search/upsert-papers";

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
const CLASSIFIER_CODE = ["lib/ingest/classify", "lib/lexicon"];

function filesUnder(p: string): string[] {
  try {
    return readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(p, e.name)) : [path.join(p, e.name)]));
  } catch {
    return [p];
  }
}

function codeOf(parts: string[], root = process.cwd()): string {
  return parts
    .flatMap((p) => filesUnder(path.join(root, p)))
    .sort()
    .map((f) => readFileSync(f, "utf8"))
    .join("\0");
}

/** A fingerprint of the code that turns dumps into index documents: a change re-ingests. */
const ingestCodeVersion = () => codeOf(INGEST_CODE);
const hash16 = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

/** When the ingest code or index settings change, only a full rebuild (staging + swap) applies them. */
export const ingestCodeHash = () => hash16(ingestCodeVersion());

/** Stored on every paper: which classifier (phrase tables, conventions, learned layer, lexicon) labelled it. */
export const classifierVersion = () => hash16(codeOf(CLASSIFIER_CODE)).slice(0, 12);

export interface IngestRun {
  result: IngestResult;
  hash: string;
}

export interface ReadOptions {
  capturedOn?: string;
  filter?: RelevanceFilter;
  onProgress?: (progress: StreamProgress) => void;
}

/** Reads and classifies the inputs, a snapshot among them read whole: for the dumps and small sources (tests, eval). */
export function readCatalogue(paths?: string[], capturedOn?: string, filter?: RelevanceFilter): IngestRun {
  const inputs = loadDumps(paths, capturedOn);
  const pipeline = new PaperPipeline({ classifierVersion: classifierVersion(), filter });
  for (const input of inputs) addInput(pipeline, input.streamed ? { ...input, text: readFileSync(input.path!, "utf8") } : input);
  return { result: pipeline.finish(), hash: dumpsHash(inputs, ingestCodeVersion()) };
}

export const hasStreamed = (inputs: DumpInput[]) => inputs.some((i) => i.streamed);

/**
 * The ingest as a stream: whole inputs first, then each snapshot line by line, every paper handed
 * to `emit` as soon as it is known (a snapshot's papers as they stream, the others at the end).
 * `result.papers` holds only the papers of the whole inputs.
 */
export async function streamCatalogue(inputs: DumpInput[], emit: (paper: Paper) => Promise<void>, options: ReadOptions = {}): Promise<IngestResult> {
  const pipeline = new PaperPipeline({ classifierVersion: classifierVersion(), filter: options.filter });
  for (const input of inputs) if (!input.streamed) addInput(pipeline, input);
  for (const input of inputs) if (input.streamed) await streamInput(pipeline, input, emit, options.onProgress, Number(input.fingerprint?.split(":")[0] ?? 0));
  const result = pipeline.finish();
  for (const paper of result.papers) await emit(paper);
  return result;
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

export interface Ensured {
  /** What was read and classified; null when the live index was up to date and nothing was. */
  result: IngestResult | null;
  hash: string;
  meta: CatalogueMeta | null;
  /** Why a full rebuild ran, or null. */
  rebuilt: string | null;
  /** Set when only the inputs changed and the live index was updated in place. */
  upserted?: UpsertReport;
  /** Papers the live index holds afterwards. */
  paperCount: number;
}

/** The inputs an incremental run reads: every file the live index holds papers of (that still exists), and the ones named now. */
export function incrementalPaths(meta: CatalogueMeta | null, paths: string[]): string[] {
  const kept = (meta?.files ?? []).map((f) => path.resolve(f)).filter((f) => existsSync(f));
  return [...new Set([...kept, ...paths.map((p) => path.resolve(p))])];
}

/**
 * Re-ingests when the live index does not answer a real query with every paper of its build, or
 * when the inputs or the ingest code changed since it was built: a code (or settings) change
 * rebuilds in full (staging + swap); a change of the inputs alone updates the live index in place,
 * sending only new and changed papers. Either way every file the index holds papers of is read
 * again with the dumps, so a source added by `npm run ingest -- <file>` is never dropped, and a
 * snapshot among them is streamed.
 */
export async function ensureIndex(admin: Meilisearch, options: EnsureOptions = {}): Promise<Ensured> {
  const codeHash = ingestCodeHash();
  if (options.run) {
    const meta = await rebuildIndex(admin, options.run.result.papers, options.run.hash, { ...options, meta: { codeHash, files: options.run.result.files } });
    return { result: options.run.result, hash: options.run.hash, meta, rebuilt: "asked to rebuild", paperCount: meta.paperCount };
  }
  const live = options.force ? null : await checkLiveIndex(admin);
  if (live && !live.usable && live.damaged) throw new DamagedIndexError(live.reason);
  const meta = await readMeta(admin);
  const inputs = loadDumps(incrementalPaths(meta, options.paths ?? [DEFAULT_DUMP_DIR]), options.capturedOn);
  const hash = inputsHash(inputs);
  if (live?.usable && live.dumpsHash === hash) return { result: null, hash, meta: null, rebuilt: null, paperCount: live.paperCount };
  let result: IngestResult | null = null;
  const stream = async (emit: (paper: Paper) => Promise<void>) => {
    result = await streamCatalogue(inputs, emit);
  };
  if (live?.usable && meta?.codeHash === codeHash) {
    const upserted = await upsertPapers(admin, stream, { allowShrink: options.allowShrink, meta: () => ({ dumpsHash: hash, codeHash, files: result!.files }) });
    return { result, hash, meta: null, rebuilt: null, upserted, paperCount: upserted.paperCount };
  }
  const why = !live ? "asked to rebuild" : live.usable ? "the ingest code or index settings changed" : live.reason;
  const built = await rebuildIndex(admin, stream, hash, { ...options, meta: () => ({ codeHash, files: result!.files }) });
  return { result, hash, meta: built, rebuilt: why, paperCount: built.paperCount };
}

/** The catalogue's hash of these inputs with today's ingest code. */
export const inputsHash = (inputs: DumpInput[]) => dumpsHash(inputs, ingestCodeVersion());

export interface IncrementalOptions extends ReadOptions {
  prune?: boolean;
  allowShrink?: boolean;
  /** Sees every paper of the run as it passes (for the report's counts, or --out). */
  onPaper?: (paper: Paper) => void;
}

/**
 * `npm run ingest -- <files>`: reads the named files with every file the live index holds papers
 * of (so they merge), and upserts only the papers whose content changed. A file of the index that
 * is gone keeps its papers (and its place in the list) unless `prune` is set.
 */
export async function ingestIncrementally(
  admin: Meilisearch,
  paths: string[],
  options: IncrementalOptions = {},
): Promise<{ report: UpsertReport; result: IngestResult; gone: string[] }> {
  const meta = await readMeta(admin);
  const gone = (meta?.files ?? []).filter((f) => !existsSync(f));
  const inputs = loadDumps(incrementalPaths(meta, paths), options.capturedOn);
  let result: IngestResult | null = null;
  const report = await upsertPapers(
    admin,
    async (emit) => {
      result = await streamCatalogue(
        inputs,
        async (paper) => {
          options.onPaper?.(paper);
          await emit(paper);
        },
        options,
      );
    },
    {
      prune: options.prune,
      allowShrink: options.allowShrink,
      // Gone files stay listed until pruned, so a later --prune still knows their papers.
      meta: () => ({ dumpsHash: inputsHash(inputs), codeHash: ingestCodeHash(), files: [...result!.files, ...(options.prune ? [] : gone)].sort() }),
    },
  );
  return { report, result: result!, gone };
}
