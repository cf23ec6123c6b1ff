import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/ingest/clean-text";
import { extractCodeUrl } from "@/lib/ingest/code-url";
import { toId, toSlug } from "@/lib/ingest/identity";
import { extractModelName } from "@/lib/ingest/model-name";

describe("abstract cleaning", () => {
  it("turns LaTeX accents and escapes into plain text", () => {
    expect(cleanText('the Nystr\\"{o}m method cuts cost by 40\\% \\& more, na\\"ive')).toBe("the Nyström method cuts cost by 40% & more, naïve");
  });
  it("unwraps formatting commands and the non-breaking tilde", () => {
    expect(cleanText("we call it \\textbf{Mamba}, see \\emph{scan}; code at~https://github.com/x/y")).toBe(
      "we call it Mamba, see scan; code at https://github.com/x/y",
    );
  });
  it("names the model where the authors used a macro for it", () => {
    expect(cleanText("we present \\tool, a novel MoE", "AutoMoE")).toBe("we present AutoMoE, a novel MoE");
    expect(cleanText("a backbone, called {\\SST}, for scenes", "Swin3D")).toBe("a backbone, called Swin3D, for scenes");
  });
  it("turns LaTeX quotes and dashes into typographic ones", () => {
    expect(cleanText("a ``train once, deploy anywhere'' paradigm for Vision--Language Models")).toBe(
      "a “train once, deploy anywhere” paradigm for Vision–Language Models",
    );
  });
  it("restores the multiplication sign lost from 3\\times", () => {
    expect(cleanText("achieves 3times speedup on 1,536times1,536 images")).toBe("achieves 3× speedup on 1,536×1,536 images");
  });
  it("collapses spacing noise", () => {
    expect(cleanText("  Detection vs YOLOv12 :  a study ( of  fruit ) .")).toBe("Detection vs YOLOv12: a study (of fruit).");
  });
});

describe("paper identity", () => {
  it("derives the same id and slug from the same title on every ingest, ignoring case and punctuation", () => {
    expect(toSlug("SegFormer: Simple and Efficient Design")).toBe("segformer-simple-and-efficient-design");
    expect(toId("SegFormer: Simple and Efficient Design")).toBe(toId("segformer -- simple and efficient design"));
    expect(toId("SegFormer: Simple and Efficient Design")).toMatch(/^[a-z0-9]{12}$/);
  });
  it("keeps long slugs readable by cutting at a word", () => {
    const slug = toSlug(
      "RF-DETR Object Detection vs YOLOv12 : A Study of Transformer-based and CNN-based Architectures for Single-Class and Multi-Class Greenfruit Detection",
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^rf-detr-object-detection-vs-yolov12-a-study-of-[a-z0-9-]+[a-z0-9]$/);
  });
});

describe("model names", () => {
  it.each([
    ["SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers", "SegFormer"],
    ["Swin Transformer: Hierarchical Vision Transformer using Shifted Windows", "Swin Transformer"],
    ["Uni4D-LLM: A Unified SpatioTemporal-Aware VLM", "Uni4D-LLM"],
    ["Transformers in Time Series: A Survey", null],
    ["A ConvNet for the 2020s", null],
    ["Scan and Snap: Understanding Training Dynamics", null],
  ])("%s → %s", (title, name) => {
    expect(extractModelName(title)).toBe(name);
  });
});

describe("code links", () => {
  it("finds a repository link and drops the sentence's full stop", () => {
    expect(extractCodeUrl("Code is at https://github.com/whai362/PVT.")).toBe("https://github.com/whai362/PVT");
  });
  it("accepts another host only when the sentence says it is code", () => {
    expect(extractCodeUrl("Our code is publicly available at https://aka.ms/AutoMoE.")).toBe("https://aka.ms/AutoMoE");
    expect(extractCodeUrl("Demo samples are at https://example.org/demo.")).toBeNull();
  });
});
