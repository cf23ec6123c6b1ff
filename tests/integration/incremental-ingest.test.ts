import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureIndex, ingestIncrementally } from "@/lib/catalogue";
import { startMeili, type RunningMeili } from "@/lib/meili-server/start-meili";
import { adminClient } from "@/lib/search/client";
import type { IndexedPaper } from "@/lib/search/content-hash";
import { INDEX_UID } from "@/lib/search/settings";

const DUMP = "data/dumps/001_b4fe7737b1858a70.txt";
const HF = "tests/fixtures/sources/hf-daily-papers.json";
const ATOM = "tests/fixtures/sources/arxiv-api-query.atom";
const SNAPSHOT = "tests/fixtures/sources/arxiv-metadata-snapshot.jsonl";

let dir: string;
let meili: RunningMeili;
let admin: Meilisearch;

/** What Meilisearch was asked to index: document tasks on the live index, and documents received. */
async function documentTasks(): Promise<{ tasks: number; documents: number }> {
  const { results } = await admin.tasks.getTasks({ indexUids: [INDEX_UID], types: ["documentAdditionOrUpdate"], limit: 1000 });
  return { tasks: results.length, documents: results.reduce((n, t) => n + Number((t.details as { receivedDocuments?: number }).receivedDocuments ?? 0), 0) };
}

async function allPapers(): Promise<IndexedPaper[]> {
  return (await admin.index<IndexedPaper>(INDEX_UID).getDocuments({ limit: 5000 })).results;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "incremental-"));
  const env = { ...process.env };
  delete env.MEILI_HOST;
  meili = await startMeili({ dataDir: dir, port: 0, masterKey: "test-master-key-0123456789", env, quiet: true });
  admin = adminClient(meili.url, meili.masterKey);
  // One listing dump keeps the run short; it holds Swin, Mamba, iTransformer and VATT, which the sources give arXiv ids.
  await ensureIndex(admin, { force: true, paths: [DUMP] });
}, 120_000);

afterAll(async () => {
  await meili?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run ingest -- <file>: only what is new or changed is sent", () => {
  it("adds a daily papers file: its papers only, the listings it matches merged into them, nothing else touched", async () => {
    const before = await documentTasks();
    const { report } = await ingestIncrementally(admin, [HF]);
    // Four of its papers were listings of the dump (Swin, Mamba, iTransformer, VATT): merged, their old records replaced.
    expect(report).toMatchObject({ added: 24, updated: 0, unchanged: 49, removed: 4, mergedAway: 4, kept: 0, sent: 24, tasks: 1, paperCount: 73 });
    expect(await documentTasks()).toEqual({ tasks: before.tasks + 1, documents: before.documents + 24 });
    const mamba = (await allPapers()).filter((p) => p.title.startsWith("Mamba: Linear-Time"));
    expect(mamba).toHaveLength(1);
    expect(mamba[0]).toMatchObject({ arxivId: "2312.00752", authors: ["Albert Gu", "Tri Dao"], date: "2023-12-01" });
    expect(mamba[0].sources.map((s) => s.file)).toEqual([DUMP, HF]);
    expect(mamba[0].classifierVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it("re-ingesting the unchanged file sends no documents at all", async () => {
    const before = await documentTasks();
    const { report } = await ingestIncrementally(admin, [HF]);
    expect(report).toMatchObject({ added: 0, updated: 0, removed: 0, sent: 0, tasks: 0, paperCount: 73 });
    expect(await documentTasks()).toEqual(before);
  });

  it("an Atom feed and the snapshot add their papers; every fixture paper is indexed once with id, authors and date", async () => {
    const atom = await ingestIncrementally(admin, [ATOM]);
    // Three of the feed's papers were in the daily papers already: they gain categories and a DOI slot, nothing more is sent.
    expect(atom.report).toMatchObject({ added: 17, updated: 3, sent: 20 });
    const snapshot = await ingestIncrementally(admin, [SNAPSHOT]);
    // DenseNet, Conv-TasNet, Wave-U-Net and TimesNet are not listed in this dump: the filter drops them too.
    expect(snapshot.result.skipped).toEqual({ category: 1, architecture: 23 });
    const papers = await allPapers();
    const withId = papers.filter((p) => p.arxivId);
    expect(new Set(withId.map((p) => p.arxivId)).size).toBe(withId.length);
    expect(withId.every((p) => p.authors.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(p.date ?? ""))).toBe(true);
    expect(papers).toHaveLength(snapshot.report.paperCount);
    expect(new Set(papers.map((p) => p.slug)).size).toBe(papers.length);
  });

  it("a search finds a paper by an author's name, and the author filter keeps only their papers", async () => {
    const byName = await admin.index(INDEX_UID).search("Sablayrolles", { limit: 5 });
    expect(byName.hits.map((h) => h.title)).toContain("Mixtral of Experts");
    const exact = await admin.index(INDEX_UID).search("", { filter: ['authors = "Tri Dao"'], limit: 10 });
    expect(exact.hits.map((h) => h.title).sort()).toEqual([
      "Hyena Hierarchy: Towards Larger Convolutional Language Models",
      "Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
    ]);
  });
});
