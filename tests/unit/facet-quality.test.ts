import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { pairWithPapers, readLabelledSample } from "@/lib/eval/labelled-sample";
import { F1_BARS, scoreFacets } from "@/lib/eval/score";

describe("facet quality against the hand-labelled sample", () => {
  const sample = readLabelledSample();
  const scores = scoreFacets(pairWithPapers(sample, buildPapers(loadDumps()).papers));

  it("has at least 80 hand-labelled papers, each found in the dumps", () => {
    expect(sample.length).toBeGreaterThanOrEqual(80);
  });

  it.each(Object.entries(F1_BARS))("%s reaches its micro-F1 bar of %s", (facet, bar) => {
    const score = scores.find((s) => s.facet === facet)!;
    expect(score.f1, `${facet}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}`).toBeGreaterThanOrEqual(bar);
  });
});

describe("scoring", () => {
  it("counts an empty technique list as the value 'none', so getting none right scores", () => {
    const none = { domain: ["vision"], task: ["classification"], technique: [], architecture: ["transformer"], contribution: ["method"] };
    const [, , technique] = scoreFacets([{ expected: none, predicted: none }]);
    expect(technique).toMatchObject({ facet: "technique", tp: 1, fp: 0, fn: 0, f1: 1 });
    const [, , wrong] = scoreFacets([{ expected: none, predicted: { ...none, technique: ["moe"] } }]);
    expect(wrong).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
  });
});
