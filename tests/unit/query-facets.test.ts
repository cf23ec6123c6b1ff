import { describe, expect, it } from "vitest";
import { findQueryFacets } from "@/lib/search/query-facets";

const named = (q: string) => findQueryFacets(q).map((f) => `${f.facet}:${f.value}`);

describe("facet values named in a query", () => {
  it("'linear attention speech' names linear attention and speech & audio", () => {
    expect(named("linear attention speech")).toEqual(["technique:linear-attention", "domain:audio"]);
    expect(findQueryFacets("linear attention speech").map((f) => f.label)).toEqual(["Linear & kernel attention", "Speech & audio"]);
  });

  it("prefers the longest phrase: 'speech recognition' is the task, not the domain's 'speech'", () => {
    expect(named("speech recognition")).toEqual(["task:speech-recognition"]);
    expect(named("text to speech")).toEqual(["task:generation"]);
  });

  it("ignores case, hyphens and plurals", () => {
    expect(named("Mixture-of-Experts")).toEqual(["technique:moe"]);
    expect(named("state space models")).toEqual(["technique:recurrence-memory", "architecture:state-space"]);
    expect(named("Quantisation LLMs")).toEqual(["technique:quantization", "task:language-modeling"]);
  });

  it("keeps the words as typed for the link text", () => {
    expect(findQueryFacets("Medical SEGMENTATION").map((f) => f.phrase)).toEqual(["Medical", "SEGMENTATION"]);
  });

  it("offers what a named model implies: 'retnet' and 'performer' name their techniques", () => {
    expect(named("retnet")).toContain("technique:recurrence-memory");
    expect(named("Performer")).toEqual(["technique:linear-attention"]);
  });

  it("names nothing for words that are no facet value, nor for 'transformer', which every paper is", () => {
    expect(named("attend")).toEqual([]);
    expect(named("vision transformer")).toEqual(["domain:vision"]);
    expect(named("")).toEqual([]);
  });

  it("reads a typo as Meilisearch does: 'segmentaton', 'speach recognition' and 'objet detection' name their values", () => {
    expect(named("segmentaton")).toEqual(["task:segmentation"]);
    expect(named("speach recognition")).toEqual(["task:speech-recognition"]);
    expect(named("objet detection")).toEqual(["task:detection"]);
    expect(named("knowlege distillation")).toEqual(["technique:distillation"]);
  });

  it("takes no lone short word for a typo of a value, nor a model name for a typo of another", () => {
    expect(named("round")).toEqual([]);
    expect(named("preview")).toEqual([]);
    expect(named("resnet")).toEqual([]);
  });

  it("finds a two-word phrase typed apart: 'efficient llm inference' names efficient inference and language modelling", () => {
    expect(named("efficient llm inference")).toEqual(["technique:efficient-decoding", "task:language-modeling"]);
    expect(findQueryFacets("efficient llm inference")[0].phrase).toBe("efficient inference");
  });
});
