import type { Index, Meilisearch } from "meilisearch";
import type { Paper, Source } from "../paper";
import { DocumentBatches } from "./batches";
import { toIndexedPaper, type IndexedPaper } from "./content-hash";
import { readMeta, writeMeta, type CatalogueMeta, type PaperStream } from "./index-papers";
import { toDocument } from "./document";
import { INDEX_UID, vocabularySettings } from "./settings";
import { addWords } from "./vocabulary";
import { MIN_KEPT_SHARE, ShrinkRefusedError } from "./shrink-guard";
import { retryTransient } from "./wait-task";

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
/** Papers whose live hashes are asked for at once: the comparison never holds the whole index. */
const LOOKUP = 1000;

/** Every live document's id and sources, a page at a time. */
async function* liveDocuments(admin: Meilisearch): AsyncGenerator<LiveDocument> {
  const index = admin.index<LiveDocument>(INDEX_UID);
  for (let offset = 0; ; offset += PAGE) {
    const page = await retryTransient(() => index.getDocuments({ fields: ["id", "sources"], limit: PAGE, offset }));
    yield* page.results;
    if (page.results.length < PAGE) return;
  }
}

const sourceKey = (s: Source) => `${s.file}:${s.line}`;

/**
 * The words of new papers join the words matched as typed (vocabularySettings): the live list grows,
 * nothing is recomputed from the whole index. Plural synonyms stay those of the last full build.
 */
async function learnWords(index: Index<IndexedPaper>, vocabulary: Map<string, number>): Promise<void> {
  const policy = await index.getTypoTolerance();
  const live = policy?.disableOnWords ?? [];
  const words = vocabularySettings(vocabulary).typoTolerance?.disableOnWords ?? [];
  const merged = [...new Set([...live, ...words])].sort();
  if (merged.length === live.length) return;
  const task = await index.updateTypoTolerance({ ...policy, disableOnWords: merged }).waitTask({ timeout: 120_000 });
  if (task.status !== "succeeded") throw new Error(`updating the typo policy failed: ${JSON.stringify(task.error)}`);
}

/**
 * Upserts the papers of a run into the live index, sending only those whose content hash is new
 * or changed: re-ingesting an unchanged file sends nothing. Hashes are looked up a thousand papers
 * at a time, so a snapshot's run holds a batch, not the index. A paper the run no longer yields is
 * deleted when its every source now belongs to another paper (it was merged); otherwise it stays
 * unless `prune` is set, and pruning that would remove more than half the catalogue is refused.
 */
export async function upsertPapers(admin: Meilisearch, papers: Paper[] | PaperStream, options: UpsertOptions): Promise<UpsertReport> {
  const index = admin.index<IndexedPaper>(INDEX_UID);
  const liveCount = (await index.getStats()).numberOfDocuments;
  const batches = new DocumentBatches(admin, index);
  const seen = new Set<string>();
  const claimed = new Set<string>();
  const report = { added: 0, updated: 0, unchanged: 0 };
  const vocabulary = new Map<string, number>();
  let lookup: IndexedPaper[] = [];
  const compare = async () => {
    const docs = lookup;
    lookup = [];
    if (!docs.length) return;
    const { results } = await retryTransient(() =>
      index.getDocuments({
        filter: `id IN [${docs.map((d) => JSON.stringify(d.id)).join(", ")}]`,
        fields: ["id", "contentHash"],
        limit: docs.length,
      }),
    );
    const hashes = new Map(results.map((r) => [r.id, r.contentHash]));
    for (const doc of docs) {
      const before = hashes.get(doc.id);
      if (before === doc.contentHash) {
        report.unchanged++;
        continue;
      }
      report[hashes.has(doc.id) ? "updated" : "added"]++;
      const document = toDocument(doc);
      addWords(vocabulary, document);
      await batches.add(document);
    }
  };
  const stream: PaperStream = Array.isArray(papers)
    ? async (emit) => {
        for (const paper of papers) await emit(paper);
      }
    : papers;
  await stream(async (paper) => {
    const doc = toIndexedPaper(paper);
    // A paper met twice in one run (it should not be) is compared and sent once.
    if (seen.has(doc.id)) return;
    seen.add(doc.id);
    for (const s of doc.sources) claimed.add(sourceKey(s));
    lookup.push(doc);
    if (lookup.length >= LOOKUP) await compare();
  });
  await compare();
  await batches.flush();
  if (batches.sent) await learnWords(index, vocabulary);

  const missing: LiveDocument[] = [];
  for await (const doc of liveDocuments(admin)) if (!seen.has(doc.id)) missing.push(doc);
  const mergedAway = missing.filter((doc) => doc.sources.every((s) => claimed.has(sourceKey(s))));
  const merged = new Set(mergedAway);
  const others = missing.filter((doc) => !merged.has(doc));
  const pruned = options.prune ? others : [];
  const remaining = liveCount + report.added - mergedAway.length - pruned.length;
  if (pruned.length && !options.allowShrink && remaining < liveCount * MIN_KEPT_SHARE)
    throw new ShrinkRefusedError(
      `Refusing to prune ${pruned.length} of the ${liveCount} papers of the live index: less than ${MIN_KEPT_SHARE * 100} % would remain. Pass --allow-shrink to prune anyway; new and changed papers were indexed, none removed.`,
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
