import { describe, expect, it } from "vitest";
import { loadDumps } from "@/lib/dumps";
import { buildPapers } from "@/lib/ingest/build-papers";
import { HELD_OUT_PARTS, pairWithPapers, readLabelledSample } from "@/lib/eval/labelled-sample";
import { scoreFacets } from "@/lib/eval/score";
import { FACET_NAMES, type FacetName } from "@/lib/taxonomy";

type HeldOutPart = (typeof HELD_OUT_PARTS)[number];

// What the classifier reaches on the frozen held-out part (220 papers collected on 1 December and
// scored once, with the finished classifier: 0.901 / 0.822 / 0.711 / 0.888 / 0.912, macro 0.838 /
// 0.816 / 0.657 / 0.617 / 0.738; last scored that night: 0.904 / 0.828 / 0.713 / 0.889 / 0.916,
// macro 0.840 / 0.824 / 0.666 / 0.647 / 0.748), less about 0.02: a change that makes the facets
// worse on papers nobody tuned on fails here. TARGETS (lib/eval/score.ts) are the bars, printed by `npm run eval`.
const HELD_OUT_FLOORS: Record<HeldOutPart, Record<FacetName, { f1: number; macroF1: number }>> = {
  "held-out": {
    domain: { f1: 0.88, macroF1: 0.81 },
    task: { f1: 0.81, macroF1: 0.8 },
    technique: { f1: 0.69, macroF1: 0.63 },
    architecture: { f1: 0.87, macroF1: 0.62 },
    contribution: { f1: 0.89, macroF1: 0.71 },
  },
  // Batches Q2 and Q4 (110 papers: vision and multimodal 2021–25; efficient and alternative sequence
  // architectures 2019–24), collected on 1 December at night and scored with that evening's classifier
  // before anyone read them (0.853 / 0.800 / 0.752 / 0.905 / 0.856) and again at the end of its rule work
  // (0.853 / 0.799 / 0.755 / 0.905 / 0.853, macro 0.524 / 0.786 / 0.615 / 0.518 / 0.660), less about 0.02.
  "held-out-2": {
    domain: { f1: 0.83, macroF1: 0.5 },
    task: { f1: 0.78, macroF1: 0.76 },
    technique: { f1: 0.73, macroF1: 0.59 },
    architecture: { f1: 0.88, macroF1: 0.49 },
    contribution: { f1: 0.83, macroF1: 0.64 },
  },
};

describe.each(HELD_OUT_PARTS)("facet quality on the frozen %s part of the labelled sample", (part) => {
  const papers = buildPapers(loadDumps()).papers;
  const heldOut = readLabelledSample(part);
  const tuning = readLabelledSample("tuning");
  const scores = scoreFacets(pairWithPapers(heldOut, papers));

  it("holds at least 100 papers, none of them also in the tuning part", () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(100);
    const tuned = new Set(tuning.map((l) => l.title.toLowerCase()));
    expect(heldOut.filter((l) => tuned.has(l.title.toLowerCase()))).toEqual([]);
  });

  it.each(FACET_NAMES)("%s stays at or above its held-out floor", (facet) => {
    const score = scores.find((s) => s.facet === facet)!;
    const floor = HELD_OUT_FLOORS[part][facet];
    const detail = `${facet}: precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}, macro-F1 ${score.macroF1.toFixed(3)}`;
    expect(score.f1, detail).toBeGreaterThanOrEqual(floor.f1);
    expect(score.macroF1, detail).toBeGreaterThanOrEqual(floor.macroF1);
  });
});

describe("scoring", () => {
  const none = { domain: ["vision"], task: ["classification"], technique: [], architecture: ["transformer"], contribution: ["method"] };

  it("counts an empty technique list as the value 'none', so getting none right scores", () => {
    const [, , technique] = scoreFacets([{ expected: none, predicted: none }]);
    expect(technique).toMatchObject({ facet: "technique", tp: 1, fp: 0, fn: 0, f1: 1 });
    const [, , wrong] = scoreFacets([{ expected: none, predicted: { ...none, technique: ["moe"] } }]);
    expect(wrong).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
  });

  it("macro-F1 weighs a rare value as much as a common one", () => {
    const cnn = { ...none, architecture: ["convolutional"] };
    const pairs = [...Array(9).fill({ expected: none, predicted: none }), { expected: cnn, predicted: none }];
    const architecture = scoreFacets(pairs)[3];
    expect(architecture.f1).toBeCloseTo(0.9);
    // transformer: tp 9, fp 1 → F1 0.947; convolutional: fn 1 → F1 0
    expect(architecture.macroF1).toBeCloseTo(0.947 / 2, 2);
  });
});
