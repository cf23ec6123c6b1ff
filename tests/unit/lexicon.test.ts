import { describe, expect, it } from "vitest";
import { findKnownModels } from "../../lib/lexicon";

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
