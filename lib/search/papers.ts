import "server-only";
import { fromDocument } from "./document";
import type { Paper } from "../paper";
import { searchClient } from "./client";
import type { CatalogueMeta } from "./index-papers";
import type { PaperSummary } from "./search-papers";
import { INDEX_UID, META_INDEX_UID } from "./settings";
import { knownDown } from "./health";
import { fromEngine, SearchUnavailableError } from "./unavailable";

export async function getPaper(slug: string): Promise<Paper | null> {
  const { hits } = await fromEngine(() =>
    searchClient()
      .index<Paper>(INDEX_UID)
      .search("", { filter: [`slug = ${JSON.stringify(slug)}`], limit: 1 }),
  );
  return hits[0] ? (fromDocument(hits[0]) as Paper) : null;
}

const STOPWORDS = new Set("a an and are as at be by for from in into is it of on or the to via with without we our using towards toward based new".split(" "));

/**
 * Papers on the same subject: a text query from the paper's distinctive words,
 * re-ranked by how many facet values the candidates share with the paper.
 */
export async function similarPapers(paper: Paper, count = 6): Promise<PaperSummary[]> {
  const words = `${paper.modelName ?? ""} ${paper.title}`
    .toLowerCase()
    .split(/[^a-z0-9-]+/)
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
  const q = [...new Set(words)].slice(0, 10).join(" ");
  const { hits } = await fromEngine(() =>
    searchClient()
      .index<PaperSummary>(INDEX_UID)
      .search(q, { filter: [`id != ${JSON.stringify(paper.id)}`], matchingStrategy: "last", limit: 40, showRankingScore: true }),
  );
  const shared = (other: PaperSummary) =>
    (["domain", "task", "technique", "architecture"] as const).reduce((n, f) => n + other[f].filter((v) => (paper[f] as string[]).includes(v)).length, 0);
  return hits
    .map((h) => ({ hit: h, score: (h._rankingScore ?? 0) * 4 + shared(h) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map(({ hit }) => {
      const { _rankingScore, ...summary } = hit;
      void _rankingScore;
      return summary;
    });
}

// The footer is on every page; the build it describes changes only when the index is rebuilt. Asking
// once every few seconds (concurrent pages sharing one request) spares every view a second round trip.
const INFO_FRESH_MS = 5000;
const INFO_KEY = Symbol.for("transformer-papers.catalogue-info");
const info = ((globalThis as Record<symbol, { at: number; value: Promise<CatalogueMeta | null> | null }>)[INFO_KEY] ??= { at: 0, value: null });

async function readCatalogueInfo(): Promise<CatalogueMeta | null> {
  try {
    // The search-only key cannot read documents directly, only search them.
    const { hits } = await searchClient().index<CatalogueMeta>(META_INDEX_UID).search("", { limit: 1 });
    return hits[0] ?? null;
  } catch {
    info.at = 0;
    return null;
  }
}

/** The footer's line about the index; throws SearchUnavailableError rather than make every page wait for an engine known to be down. */
export async function catalogueInfo(): Promise<CatalogueMeta | null> {
  if (knownDown()) throw new SearchUnavailableError(null);
  if (!info.value || Date.now() - info.at > INFO_FRESH_MS) {
    info.at = Date.now();
    info.value = readCatalogueInfo();
  }
  return info.value;
}

/** Papers whose titles resemble the words of a slug that was not found. */
export async function closeMatches(slug: string, count = 5): Promise<PaperSummary[]> {
  const words = slug.replace(/-/g, " ").slice(0, 200);
  const { hits } = await fromEngine(() => searchClient().index<PaperSummary>(INDEX_UID).search(words, { limit: count, matchingStrategy: "last" }));
  return hits;
}
