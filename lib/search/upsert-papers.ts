import type { Meilisearch } from "meilisearch";
import type { Paper, Source } from "../paper";
import { DocumentBatches } from "./batches";
import { toIndexedPaper, type IndexedPaper } from "./content-hash";
import { readMeta, writeMeta, type CatalogueMeta, type PaperStream } from "./index-papers";
import { INDEX_UID } from "./settings";
import { MIN_KEPT_SHARE, ShrinkRefusedError } from "./shrink-guard";

export interface UpsertOptions {
  /** Remove the papers this run no longer yields (their every source is gone or no longer holds them). */
  prune?: boolean;
  allowShrink?: boolean;
  /** Stored with the result: the catalogue's hash, code hash and input files (asked for once the stream is done). */
  meta: Pick<CatalogueMeta, "dumpsHash" | "codeHash" | "files"> | (() => Pick<CatalogueMeta, "dumpsHash" | "codeHash" | "files">);
}

export interface UpsertReport {
  added: number;
  updated: number;
  unchanged: number;
  /** Papers deleted: merged into another paper this run, or pruned. */
  removed: number;
  /** Of those, papers whose every source now belongs to another paper (a listing that gained its arXiv id). */
  mergedAway: number;
  /** Papers this run did not yield, left in place because `--prune` was not given. */
  kept: number;
  /** Documents sent to Meilisearch, and in how many tasks. */
  sent: number;
  tasks: number;
  paperCount: number;
}

interface LiveDocument {
  id: string;
  contentHash?: string;
  sources: Source[];
}

const PAGE = 10_000;

async function liveDocuments(admin: Meilisearch): Promise<Map<string, LiveDocument>> {
  const index = admin.index<LiveDocument>(INDEX_UID);
  const live = new Map<string, LiveDocument>();
  for (let offset = 0; ; offset += PAGE) {
    const page = await index.getDocuments({ fields: ["id", "contentHash", "sources"], limit: PAGE, offset });
    for (const doc of page.results) live.set(doc.id, doc);
    if (page.results.length < PAGE) return live;
  }
}

const sourceKey = (s: Source) => `${s.file}:${s.line}`;

/**
 * Upserts the papers of a run into the live index, sending only those whose content hash is new
 * or changed: re-ingesting an unchanged file sends nothing. A paper the run no longer yields is
 * deleted when its every source now belongs to another paper (it was merged); otherwise it stays
 * unless `prune` is set, and pruning that would remove more than half the catalogue is refused.
 */
export async function upsertPapers(admin: Meilisearch, papers: Paper[] | PaperStream, options: UpsertOptions): Promise<UpsertReport> {
  const live = await liveDocuments(admin);
  const index = admin.index<IndexedPaper>(INDEX_UID);
  const batches = new DocumentBatches(index);
  const seen = new Set<string>();
  const claimed = new Set<string>();
  const report = { added: 0, updated: 0, unchanged: 0 };
  const stream: PaperStream = Array.isArray(papers)
    ? async (emit) => {
        for (const paper of papers) await emit(paper);
      }
    : papers;
  await stream(async (paper) => {
    const doc = toIndexedPaper(paper);
    seen.add(doc.id);
    for (const s of doc.sources) claimed.add(sourceKey(s));
    const before = live.get(doc.id);
    if (before?.contentHash === doc.contentHash) {
      report.unchanged++;
      return;
    }
    report[before ? "updated" : "added"]++;
    await batches.add(doc);
  });
  await batches.flush();

  const missing = [...live.values()].filter((doc) => !seen.has(doc.id));
  const mergedAway = missing.filter((doc) => doc.sources.every((s) => claimed.has(sourceKey(s))));
  const merged = new Set(mergedAway);
  const others = missing.filter((doc) => !merged.has(doc));
  const pruned = options.prune ? others : [];
  const remaining = live.size + report.added - mergedAway.length - pruned.length;
  if (pruned.length && !options.allowShrink && remaining < live.size * MIN_KEPT_SHARE)
    throw new ShrinkRefusedError(
      `Refusing to prune ${pruned.length} of the ${live.size} papers of the live index: less than ${MIN_KEPT_SHARE * 100} % would remain. Pass --allow-shrink to prune anyway; new and changed papers were indexed, none removed.`,
    );
  const removed = [...mergedAway, ...pruned].map((doc) => doc.id);
  if (removed.length) {
    const task = await index.deleteDocuments(removed).waitTask({ timeout: 600_000 });
    if (task.status !== "succeeded") throw new Error(`removing ${removed.length} papers failed: ${JSON.stringify(task.error)}`);
  }
  const paperCount = (await index.getStats()).numberOfDocuments;
  const previous = await readMeta(admin);
  await writeMeta(admin, {
    ...previous,
    id: "catalogue",
    paperCount,
    builtAt: new Date().toISOString(),
    ...(typeof options.meta === "function" ? options.meta() : options.meta),
  });
  return {
    ...report,
    removed: removed.length,
    mergedAway: mergedAway.length,
    kept: others.length - pruned.length,
    sent: batches.sent,
    tasks: batches.tasks,
    paperCount,
  };
}
