import { describe, expect, it } from "vitest";
import { findKnownModels, LEXICON } from "../../lib/lexicon";

const names = (text: string) => findKnownModels(text).map((hit) => [hit.form, hit.entry.name, hit.index]);

describe("known model names in a text", () => {
  it("finds the longest form, case-sensitively, as whole words with a plural s", () => {
    expect(names("We extend Swin Transformer V1 and two Linformers.")).toEqual([
      ["Swin Transformer", "Swin Transformer", 10],
      ["Linformers", "Linformer", 38],
    ]);
    expect(names("a swin transformer")).toEqual([]);
  });

  it("does not find a name inside a longer word or after a hyphen", () => {
    expect(names("Performers outperform; Performerless and non-Performer models")).toEqual([["Performers", "Performer", 0]]);
  });

  it("accepts a name followed by a hyphen or punctuation", () => {
    expect(names("T5-base, Mamba.")).toEqual([
      ["T5", "T5", 0],
      ["Mamba", "Mamba", 9],
    ]);
  });
});

describe("the lexicon's entries", () => {
  it("give every surface form to one entry only, so no entry silently shadows another", () => {
    const owner = new Map<string, string>();
    const shared: string[] = [];
    for (const entry of LEXICON)
      for (const form of entry.match) {
        if (owner.has(form)) shared.push(`${form}: ${owner.get(form)} and ${entry.name}`);
        owner.set(form, entry.name);
      }
    expect(shared).toEqual([]);
  });

  it("name each entry once", () => {
    const names = LEXICON.map((entry) => entry.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  // A versioned or derived name is its own model: the longer form must win, or the base model's
  // mechanism leaks into it (DeiT III has no distillation token; EEG Conformer is not speech).
  it.each([
    ["We revisit DeiT III training.", "DeiT III"],
    ["a Swin-UNETR baseline", "Swin UNETR"],
    ["an EEG Conformer decoder", "EEG Conformer"],
    ["Graph MLP-Mixer on molecules", "Graph MLP-Mixer"],
    ["BYOL-A embeddings", "BYOL-A"],
    ["Mip-NeRF 360 scenes", "Mip-NeRF"],
    ["Qwen2-Audio and Qwen2.5-VL", "Qwen-Audio"],
    ["DeepSeek-Coder-V2 experts", "DeepSeek-Coder-V2"],
  ])("%s names %s", (text, name) => {
    expect(findKnownModels(text)[0]?.entry.name).toBe(name);
  });

  it("keep models whose names differ only in case apart", () => {
    expect(names("Flowformer and FlowFormer")).toEqual([
      ["Flowformer", "Flowformer", 0],
      ["FlowFormer", "FlowFormer", 15],
    ]);
  });

  // Names that are ordinary words, or that two unrelated models share, are not entries on their own.
  it.each(["The Titans of industry", "Based on prior work", "a Latte model", "TransFusion of modalities", "major adverse events (MACE)"])(
    "finds no model in '%s'",
    (text) => {
      expect(findKnownModels(text)).toEqual([]);
    },
  );
});
