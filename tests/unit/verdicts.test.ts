import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { formatReport } from "@/lib/ingest/report";
import { accounting, expectBalanced, layoutB, prose } from "../helpers/hostile-dumps";
import { readDump, LAYOUT_B } from "../helpers/dumps";

describe("one verdict per record", () => {
  it("gives every record of the real dumps a verdict: 383 indexed, 43 merged into the record they duplicate", () => {
    const result = buildPapers(loadDumps());
    expect(accounting(result)).toEqual({ read: 426, verdicts: 426, indexed: 383, merged: 43, rejected: 0 });
    const mamba = result.papers.find((p) => p.title.startsWith("Mamba: Linear-Time"))!;
    expect(result.verdicts).toContainEqual({
      verdict: "indexed",
      file: "data/dumps/001_b4fe7737b1858a70.txt",
      line: mamba.sources[0].line,
      id: mamba.id,
      slug: mamba.slug,
    });
    expect(result.verdicts).toContainEqual({
      verdict: "merged",
      file: "data/dumps/003_62a3e82cbdaeadaa.txt",
      line: mamba.sources[1].line,
      into: { id: mamba.id, slug: mamba.slug, file: "data/dumps/001_b4fe7737b1858a70.txt", line: mamba.sources[0].line },
    });
  });

  it("counts a metadata group that lost its paper as one rejected record, not one per line", () => {
    // VATT is followed by SynerGen; the Scalable Video paper between them loses its title and abstract.
    const lines = readDump(LAYOUT_B).split("\n").slice(0, 36);
    lines[20] = "";
    lines[22] = "";
    const result = buildPapers([{ file: "b.txt", text: lines.join("\n"), options: { capturedOn: "2025-12-11" } }]);
    expect(result.verdicts.filter((v) => v.verdict === "rejected")).toEqual([
      { verdict: "rejected", file: "b.txt", line: 25, reason: expect.stringContaining("metadata with no paper before it") },
    ]);
    expect(accounting(result)).toEqual({ read: 3, verdicts: 3, indexed: 2, merged: 0, rejected: 1 });
  });

  it("rejects each copy of an invalid record once instead of merging it and rejecting every source", () => {
    const bad = { title: "???", abstract: prose("nothing") };
    const result = buildPapers([{ file: "x.txt", text: layoutB([bad, bad, { title: "A Valid Paper", abstract: prose("something") }]) }]);
    expect(accounting(result)).toEqual({ read: 3, verdicts: 3, indexed: 1, merged: 0, rejected: 2 });
    expect(result.rejections.map((r) => [r.line, r.reason])).toEqual([
      [7, expect.stringContaining("no letters or digits")],
      [11, expect.stringContaining("no letters or digits")],
    ]);
  });

  it("prints the accounting identity and each verdict that is not plain indexing in the report", () => {
    const paper = { title: "A Valid Paper", abstract: prose("something") };
    const result = buildPapers([{ file: "x.txt", text: layoutB([paper, paper, { title: "???", abstract: prose("x") }]) }]);
    expectBalanced(result);
    const report = formatReport(result);
    expect(report).toMatch(/records read\s+3 = 1 indexed \+ 1 merged \+ 1 rejected/);
    expect(report).toContain("= x.txt:11: merged into x.txt:7 (a-valid-paper)");
    expect(report).toContain("✗ x.txt:15: ");
  });
});
