import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers, type DumpInput } from "@/lib/ingest/build-papers";
import { toArxivDocId } from "@/lib/ingest/identity";
import { tally } from "@/lib/ingest/verdicts";
import { paperLinks } from "@/lib/paper-links";
import { scoreRelevance } from "@/lib/eval/relevance-sample";
import { DEFAULT_FILTER } from "@/lib/ingest/sources/relevance";

const SOURCES = ["hf-daily-papers.json", "arxiv-api-query.atom", "arxiv-metadata-snapshot.jsonl"].map((f) => `tests/fixtures/sources/${f}`);
const input = (file: string): DumpInput => ({ file, text: readFileSync(file, "utf8") });
const ids = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/"id": "(\d{4}\.\d{4,5})"|<id>http:\/\/arxiv\.org\/abs\/(\d{4}\.\d{4,5})v\d+<\/id>/g)].map((m) => m[1] ?? m[2]);

describe("papers from every source, merged", () => {
  const result = buildPapers([...loadDumps(), ...SOURCES.map(input)]);
  const byArxiv = new Map(result.papers.map((p) => [p.arxivId, p]));

  it("indexes every fixture paper exactly once, with its arXiv id, authors and date", () => {
    const hf = (JSON.parse(readFileSync(SOURCES[0], "utf8")) as { paper: { id: string } }[]).map((i) => i.paper.id);
    const atom = ids(SOURCES[1]);
    expect(hf).toHaveLength(24);
    expect(atom).toHaveLength(20);
    for (const id of [...hf, ...atom]) {
      const papers = result.papers.filter((p) => p.arxivId === id);
      expect(papers, id).toHaveLength(1);
      expect(papers[0].authors.length, id).toBeGreaterThan(0);
      expect(papers[0].date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(papers[0].id).toBe(toArxivDocId(id));
    }
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(result.papers.length);
    expect(new Set(result.papers.map((p) => p.slug)).size).toBe(result.papers.length);
  });

  it("merges a listing paper with its JSON records into one, with the richest metadata and every source", () => {
    const mamba = byArxiv.get("2312.00752")!;
    expect(result.papers.filter((p) => p.title.startsWith("Mamba: Linear-Time"))).toHaveLength(1);
    expect(mamba.sources.map((s) => s.file)).toEqual([
      "data/dumps/001_b4fe7737b1858a70.txt",
      "data/dumps/003_62a3e82cbdaeadaa.txt",
      "tests/fixtures/sources/hf-daily-papers.json",
      "tests/fixtures/sources/arxiv-metadata-snapshot.jsonl",
    ]);
    expect(mamba).toMatchObject({ authors: ["Albert Gu", "Tri Dao"], categories: ["cs.LG", "cs.AI"], published: "2023-12-01", updated: "2024-05-31" });
    expect(mamba.codeUrl).toBe("https://github.com/state-spaces/mamba");
    // The slug is the listing's, so links shared before the merge still land on the paper.
    expect(mamba.slug).toBe("mamba-linear-time-sequence-modeling-with-selective-state-spaces");
    expect(mamba.provenance).toMatchObject({ authors: SOURCES[0], categories: SOURCES[2], updated: SOURCES[2], upvotes: SOURCES[0] });
    // Swin's listing gave upvotes; the daily papers gave more: the highest is kept.
    const swin = byArxiv.get("2103.14030")!;
    expect(swin.sources[0].file).toBe("data/dumps/001_b4fe7737b1858a70.txt");
    expect(swin.upvotes).toBeGreaterThan(1);
  });

  it("merges two JSON sources by arXiv id even when their titles are spelled differently", () => {
    const hf = input(SOURCES[0]);
    const renamed = {
      file: "renamed.json",
      text: hf.text.replace('"title": "Reformer: The Efficient Transformer"', '"title": "Reformer -- the efficient Transformer (v2)"'),
    };
    const merged = buildPapers([hf, renamed]);
    expect(merged.papers.filter((p) => p.arxivId === "2001.04451")).toHaveLength(1);
    expect(merged.papers).toHaveLength(24);
  });

  it("keeps a paper whose source lists a name that is no name, leaving that name out", () => {
    const items = JSON.parse(readFileSync(SOURCES[0], "utf8")) as { paper: { authors: { name: string }[] } }[];
    items[0].paper.authors.push({ name: "x".repeat(300) }, { name: "\u0000\u202e" }, { name: "  Jane   Doe " });
    const hostile = buildPapers([{ file: "h.json", text: JSON.stringify(items.slice(0, 1)) }]);
    expect(hostile.rejections).toEqual([]);
    expect(hostile.papers[0].authors.slice(-2)).toEqual(["Baining Guo", "Jane Doe"]);
  });

  it("accounts for every record: indexed, merged, rejected or skipped by the snapshot filter", () => {
    const t = tally(result.verdicts);
    expect(result.recordsRead).toBe(t.indexed + t.merged + t.rejected + result.skipped.category + result.skipped.architecture);
    expect(t.indexed).toBe(result.papers.length);
    expect(result.skipped).toEqual({ category: 1, architecture: 19 });
    // DenseNet fails the filter, but its listing is in the catalogue: its snapshot record enriches it.
    expect(byArxiv.get("1608.06993")?.sources.map((s) => s.file)).toContain(SOURCES[2]);
    expect(byArxiv.has("1512.03385")).toBe(false);
  });
});

describe("the snapshot's relevance filter", () => {
  it("keeps transformer-architecture papers on the held-out labels at precision ≥ 0.85 and recall ≥ 0.9", () => {
    const heldOut = scoreRelevance(DEFAULT_FILTER).find((s) => s.part === "held-out")!;
    expect(heldOut.records).toBeGreaterThanOrEqual(25);
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("links out", () => {
  it("goes to the arXiv abstract, PDF and Hugging Face page by id, and searches by title without one", () => {
    expect(paperLinks({ arxivId: "hep-th/9901001", title: "T", codeUrl: null, doi: "10.1/x" }).map((l) => l.href)).toEqual([
      "https://arxiv.org/abs/hep-th/9901001",
      "https://arxiv.org/pdf/hep-th/9901001",
      "https://huggingface.co/papers/hep-th/9901001",
      "https://doi.org/10.1/x",
    ]);
    expect(paperLinks({ arxivId: null, title: "Attention & more", codeUrl: "https://github.com/a/b", doi: null }).map((l) => [l.label, l.href])).toEqual([
      ["Find on arXiv", "https://arxiv.org/search/?query=Attention%20%26%20more&searchtype=title"],
      ["Find on Hugging Face", "https://huggingface.co/papers?q=Attention%20%26%20more"],
      ["Code", "https://github.com/a/b"],
    ]);
  });
});
