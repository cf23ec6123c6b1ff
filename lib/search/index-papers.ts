import { MeilisearchApiError, type Meilisearch } from "meilisearch";
import { isProcessAlive } from "../meili-server/process-alive";
import type { Paper } from "../paper";
import { DocumentBatches } from "./batches";
import { toIndexedPaper, type IndexedPaper } from "./content-hash";
import { toDocument, type PaperDocument } from "./document";
import { indexSettingsFor, INDEX_UID, META_INDEX_UID, vocabularySettings } from "./settings";
import { addWords } from "./vocabulary";
import { ShrinkRefusedError, shrinkRefusal } from "./shrink-guard";

export interface CatalogueMeta {
  id: "catalogue";
  paperCount: number;
  builtAt: string;
  dumpsHash: string;
  /** The ingest code and index settings it was built with: when they change, only a full rebuild will do. */
  codeHash?: string;
  /** Every input file the index holds papers of (relative paths): what an incremental ingest reads again to merge. */
  files?: string[];
}

/** Papers handed over one at a time, for inputs too large to hold (the arXiv snapshot). */
export type PaperStream = (emit: (paper: Paper) => Promise<void>) => Promise<void>;

export interface RebuildOptions {
  /** Swap in a build even when it holds no papers or far fewer than the live index. */
  allowShrink?: boolean;
  /** Told each step, so a CLI can say where it is. */
  onStep?: (step: string) => void;
  /** Stored with the build: the code hash and the input files (asked for once a stream has told which files it read). */
  meta?: Pick<CatalogueMeta, "codeHash" | "files"> | (() => Pick<CatalogueMeta, "codeHash" | "files">);
}

// Index tasks on a busy two-core machine outlast the client's 5 s default.
const WAIT = { timeout: 120_000 };

const STAGING_PREFIX = `${INDEX_UID}_staging_`;

/** The builder's pid is in the name, so a later ingest can tell a killed build from a running one. */
function stagingUid(): string {
  return `${STAGING_PREFIX}${Date.now()}_${process.pid}`;
}

function builderPid(uid: string): number | null {
  const pid = /_(\d+)$/.exec(uid.slice(STAGING_PREFIX.length))?.[1];
  return pid ? Number(pid) : null;
}

async function liveCount(admin: Meilisearch): Promise<number | null> {
  try {
    return (await admin.index(INDEX_UID).getStats()).numberOfDocuments;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.response.status === 404) return null;
    throw error;
  }
}

/**
 * Deletes staging indexes that a killed build left behind (the builder is no longer running
 * on this machine). A build that is running now, here, keeps its own.
 */
export async function deleteLeftoverStaging(admin: Meilisearch): Promise<string[]> {
  const { results } = await admin.getIndexes({ limit: 1000 });
  const leftovers = results
    .map((i) => i.uid)
    .filter((uid) => uid.startsWith(STAGING_PREFIX))
    .filter((uid) => {
      const pid = builderPid(uid);
      return pid === null || !isProcessAlive(pid);
    });
  for (const uid of leftovers) await admin.deleteIndex(uid).waitTask({ timeout: 120_000 });
  return leftovers;
}

/**
 * Builds the papers into a fresh index and swaps it with the live one in one step,
 * so a search sees either the old index or the new one, never a half-built one.
 * A build that would empty or gut the live index is refused before anything is written.
 */
export async function rebuildIndex(admin: Meilisearch, papers: Paper[] | PaperStream, dumpsHash: string, options: RebuildOptions = {}): Promise<CatalogueMeta> {
  const step = options.onStep ?? (() => {});
  const live = await liveCount(admin);
  const refusal = options.allowShrink || !Array.isArray(papers) ? null : shrinkRefusal(papers.length, live);
  if (refusal) throw new ShrinkRefusedError(refusal);
  const removed = await deleteLeftoverStaging(admin);
  if (removed.length) step(`deleted ${removed.length} staging index(es) left by an interrupted ingest: ${removed.join(", ")}`);

  const staging = stagingUid();
  await admin.createIndex(staging, { primaryKey: "id" }).waitTask(WAIT);
  const index = admin.index<IndexedPaper & PaperDocument>(staging);
  // The typo policy and plural synonyms depend on every word of the corpus: set once the stream has
  // passed (they apply at query time, so setting them last costs no second indexing).
  await index.updateSettings(indexSettingsFor(new Map())).waitTask(WAIT);
  const vocabulary = new Map<string, number>();
  step(Array.isArray(papers) ? `indexing ${papers.length} papers into ${staging}` : `indexing papers into ${staging} as they stream in`);
  const batches = new DocumentBatches(admin, index);
  const stream: PaperStream = Array.isArray(papers)
    ? async (emit) => {
        for (const paper of papers) await emit(paper);
      }
    : papers;
  let count = 0;
  try {
    await stream(async (paper) => {
      count++;
      const document = toDocument(toIndexedPaper(paper));
      addWords(vocabulary, document);
      await batches.add(document);
    });
    await batches.flush();
    await index.updateSettings(vocabularySettings(vocabulary)).waitTask(WAIT);
  } catch (error) {
    await admin.deleteIndex(staging).waitTask(WAIT);
    throw error;
  }
  // A stream's size is known only now: the staging index is dropped rather than swapped in when it would gut the catalogue.
  const late = options.allowShrink || Array.isArray(papers) ? null : shrinkRefusal(count, live);
  if (late) {
    await admin.deleteIndex(staging).waitTask(WAIT);
    throw new ShrinkRefusedError(late);
  }
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== count) {
    await admin.deleteIndex(staging).waitTask(WAIT);
    throw new Error(`staging index holds ${stats.numberOfDocuments} papers, expected ${count}; live index left as it was`);
  }
  const liveIndex = await admin.getRawIndex(INDEX_UID).catch(() => null);
  if (!liveIndex) await admin.createIndex(INDEX_UID, { primaryKey: "id" }).waitTask(WAIT);
  const swapped = await admin.swapIndexes([{ indexes: [INDEX_UID, staging], rename: false }]).waitTask(WAIT);
  if (swapped.status !== "succeeded") throw new Error(`index swap failed: ${JSON.stringify(swapped.error)}`);
  await admin.deleteIndex(staging).waitTask(WAIT);
  const swappedCount = (await admin.index(INDEX_UID).getStats()).numberOfDocuments;
  if (swappedCount !== count) throw new Error(`after the swap the live index holds ${swappedCount} papers, expected ${count}`);

  const meta: CatalogueMeta = {
    id: "catalogue",
    paperCount: count,
    builtAt: new Date().toISOString(),
    dumpsHash,
    ...(typeof options.meta === "function" ? options.meta() : options.meta),
  };
  await writeMeta(admin, meta);
  return meta;
}

export async function writeMeta(admin: Meilisearch, meta: CatalogueMeta): Promise<void> {
  await admin.index(META_INDEX_UID).addDocuments([meta], { primaryKey: "id" }).waitTask(WAIT);
}

export async function readMeta(admin: Meilisearch): Promise<CatalogueMeta | null> {
  return admin
    .index<CatalogueMeta>(META_INDEX_UID)
    .getDocument("catalogue")
    .catch(() => null);
}

/** The hash of the dumps the live index was built from, or null when there is no index yet. */
export async function liveDumpsHash(admin: Meilisearch): Promise<string | null> {
  try {
    const meta = await admin.index<CatalogueMeta>(META_INDEX_UID).getDocument("catalogue");
    const live = await admin.index(INDEX_UID).getStats();
    return live.numberOfDocuments === meta.paperCount ? meta.dumpsHash : null;
  } catch {
    return null;
  }
}

export type LiveIndexState =
  | { usable: true; dumpsHash: string; paperCount: number }
  /** `damaged`: Meilisearch fails internally (its files are gone or broken), so its task queue cannot rebuild it. */
  | { usable: false; reason: string; damaged: boolean };

function isInternalError(error: unknown): boolean {
  return error instanceof MeilisearchApiError && (error.response.status >= 500 || error.cause?.code === "internal");
}

/**
 * Whether the live index answers real queries with every paper its build recorded. Stats
 * alone are not enough: they outlive the index's files, which then fail every search.
 */
export async function checkLiveIndex(admin: Meilisearch): Promise<LiveIndexState> {
  try {
    const meta = await admin
      .index<CatalogueMeta>(META_INDEX_UID)
      .getDocument("catalogue")
      .catch((error: unknown) => {
        if (error instanceof MeilisearchApiError && error.response.status === 404) return null;
        throw error;
      });
    if (!meta) return { usable: false, reason: "no index has been built yet", damaged: false };
    // The count comes from the stats: a search's estimatedTotalHits stops at maxTotalHits (2,000).
    const count = (await admin.index(INDEX_UID).getStats()).numberOfDocuments;
    const all = await admin.index<Paper>(INDEX_UID).search("", { limit: 1 });
    if (count !== meta.paperCount || all.hits.length === 0)
      return { usable: false, reason: `the live index holds ${all.hits.length ? count : 0} papers, its build recorded ${meta.paperCount}`, damaged: false };
    const word = all.hits[0].title.split(/\s+/).find((w) => /^[\p{L}\p{N}]{4,}$/u.test(w));
    if (word && (await admin.index(INDEX_UID).search(word, { limit: 1 })).hits.length === 0)
      return { usable: false, reason: `the live index finds nothing for "${word}", a word of its first paper's title`, damaged: false };
    return { usable: true, dumpsHash: meta.dumpsHash, paperCount: meta.paperCount };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof MeilisearchApiError && error.response.status === 404)
      return { usable: false, reason: `the live index is missing (${message})`, damaged: false };
    return { usable: false, reason: `the live index does not answer: ${message}`, damaged: isInternalError(error) };
  }
}
