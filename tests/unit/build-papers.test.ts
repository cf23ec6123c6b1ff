import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { Paper } from "@/lib/paper";

describe("ingest of the real dumps", () => {
  const result = buildPapers(loadDumps());

  it("accounts for every record: indexed, merged as a duplicate, or rejected", () => {
    expect(result.filesRead).toBe(4);
    expect(result.recordsRead).toBe(426);
    expect(result.papers).toHaveLength(383);
    expect(result.duplicatesMerged).toBe(43);
    expect(result.rejections).toEqual([]);
    expect(result.papers.length + result.duplicatesMerged).toBe(result.recordsRead);
  });

  it("lists every paper once, under a unique id and slug", () => {
    expect(new Set(result.papers.map((p) => p.id)).size).toBe(383);
    expect(new Set(result.papers.map((p) => p.slug)).size).toBe(383);
  });

  it("produces records that satisfy the Paper schema, with evidence for every facet value", () => {
    for (const paper of result.papers) {
      expect(Paper.safeParse(paper).success).toBe(true);
      for (const facet of ["domain", "task", "technique", "architecture", "contribution"] as const) {
        expect(paper.evidence[facet].map((e) => e.value).sort()).toEqual([...paper[facet]].sort());
      }
    }
  });

  it("merges a paper listed in several dumps into one record with all its sources and the richest metadata", () => {
    // Mamba is listed in layout A (no metadata) and layout B (authors, date, upvotes).
    const mamba = result.papers.find((p) => p.title.startsWith("Mamba: Linear-Time"));
    expect(mamba?.sources.map((s) => s.file)).toEqual(["data/dumps/001_b4fe7737b1858a70.txt", "data/dumps/003_62a3e82cbdaeadaa.txt"]);
    expect(mamba).toMatchObject({ date: "2023-12-01", year: 2023, authorCount: 2, upvotes: 12, modelName: "Mamba" });
    const fmvit = result.papers.find((p) => p.title.startsWith("FMViT"));
    expect(fmvit?.sources).toHaveLength(3);
  });

  it("finds the code link in the abstract", () => {
    const swin = result.papers.find((p) => p.title.startsWith("Swin Transformer: Hierarchical"));
    expect(swin).toMatchObject({ modelName: "Swin Transformer", codeUrl: "https://github.com/microsoft/Swin-Transformer", hasCode: true });
  });

  it("cleans LaTeX out of the abstracts", () => {
    const nystrom = result.papers.find((p) => p.title.startsWith("Nyströmformer"));
    expect(nystrom?.abstract).toContain("Nyström");
    expect(result.papers.some((p) => /\\%|\\"\{/.test(p.abstract))).toBe(false);
  });

  it("keeps reading the other files when one cannot be parsed", () => {
    const broken = buildPapers([{ file: "data/dumps/broken.txt", text: "nothing to see\n" }, ...loadDumps()]);
    expect(broken.failedFiles.map((f) => f.message)).toEqual([expect.stringMatching(/^data\/dumps\/broken\.txt:1: fits neither layout/)]);
    expect(broken.papers).toHaveLength(383);
  });
});
