import type { Meilisearch } from "meilisearch";
import type { Paper } from "../paper";
import { INDEX_SETTINGS, INDEX_UID, META_INDEX_UID } from "./settings";

export interface CatalogueMeta {
  id: "catalogue";
  paperCount: number;
  builtAt: string;
  dumpsHash: string;
}

/**
 * Builds the papers into a fresh index and swaps it with the live one in one step,
 * so a search sees either the old index or the new one, never a half-built one.
 */
export async function rebuildIndex(admin: Meilisearch, papers: Paper[], dumpsHash: string): Promise<CatalogueMeta> {
  const staging = `${INDEX_UID}_staging_${Date.now()}`;
  await admin.createIndex(staging, { primaryKey: "id" }).waitTask();
  const index = admin.index<Paper>(staging);
  await index.updateSettings(INDEX_SETTINGS).waitTask();
  const added = await index.addDocuments(papers).waitTask({ timeout: 120_000 });
  if (added.status !== "succeeded") throw new Error(`adding documents failed: ${JSON.stringify(added.error)}`);
  const stats = await index.getStats();
  if (stats.numberOfDocuments !== papers.length) {
    await admin.deleteIndex(staging).waitTask();
    throw new Error(`staging index holds ${stats.numberOfDocuments} papers, expected ${papers.length}; live index left as it was`);
  }
  const live = await admin.getRawIndex(INDEX_UID).catch(() => null);
  if (!live) await admin.createIndex(INDEX_UID, { primaryKey: "id" }).waitTask();
  const swapped = await admin.swapIndexes([{ indexes: [INDEX_UID, staging], rename: false }]).waitTask();
  if (swapped.status !== "succeeded") throw new Error(`index swap failed: ${JSON.stringify(swapped.error)}`);
  await admin.deleteIndex(staging).waitTask();
  const liveCount = (await admin.index(INDEX_UID).getStats()).numberOfDocuments;
  if (liveCount !== papers.length) throw new Error(`after the swap the live index holds ${liveCount} papers, expected ${papers.length}`);

  const meta: CatalogueMeta = { id: "catalogue", paperCount: papers.length, builtAt: new Date().toISOString(), dumpsHash };
  await admin.index(META_INDEX_UID).addDocuments([meta], { primaryKey: "id" }).waitTask();
  return meta;
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
