import { describe, expect, it } from "vitest";
import { classify } from "@/lib/ingest/classify/classify";
import { describeEvidence } from "@/lib/format";

const why = (title: string, abstract: string, facet: "technique" | "domain" | "contribution", value: string) =>
  describeEvidence(classify({ title, abstract }).evidence[facet].find((e) => e.value === value)!);

describe("'Why these tags' as a reader sees it", () => {
  it("names the known model behind a value and what it is", () => {
    const text = why(
      "3D Swin Transformer for Brain Tumour Segmentation",
      "We propose a 3D Swin transformer that segments brain tumours in MRI volumes.",
      "technique",
      "sparse-attention",
    );
    expect(text).toMatch(/“Swin Transformer” \(title\), a known model — Swin Transformer: .*shifted-window/);
  });

  it("says which kind of sentence a phrase stands in", () => {
    const text = why(
      "Sparse Routers",
      "Large language models are slow. We route each token to two experts of a sparsely gated mixture of experts.",
      "technique",
      "moe",
    );
    expect(text).toMatch(/\(abstract, the paper's own work\)$/);
  });

  it("says when a labelling convention decided the value", () => {
    expect(why("A Model", "A model is given and tested on a few settings.", "contribution", "method")).toBe("proposes a model (labelling convention)");
  });
});
