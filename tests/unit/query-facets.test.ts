import { describe, expect, it } from "vitest";
import { findQueryFacets, impliedByCommonModel, namedByModel, queryUnits, rankingFacets } from "@/lib/search/query-facets";

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

  it("names a value by the kinds its definition in the taxonomy gives: 'conditional computation', 'dynamic width', 'token pooling'", () => {
    expect(named("conditional computation")).toEqual(["technique:moe"]);
    expect(named("dynamic width")).toEqual(["technique:adaptive-computation"]);
    expect(named("token pooling")).toEqual(["technique:token-reduction"]);
    expect(named("image-text retrieval")).toEqual(["domain:multimodal", "task:retrieval"]);
  });

  it("finds a two-word phrase typed apart: 'efficient llm inference' names efficient inference and language modelling", () => {
    expect(named("efficient llm inference")).toEqual(["technique:efficient-decoding", "task:language-modeling"]);
    expect(findQueryFacets("efficient llm inference")[0].phrase).toBe("efficient inference");
  });

  it("reads a broader phrase of the field as its family of values: 'model compression', 'long context'", () => {
    expect(named("model compression")).toEqual([
      "technique:quantization",
      "technique:pruning",
      "technique:distillation",
      "technique:low-rank",
      "technique:parameter-sharing",
    ]);
    expect(named("long context language model")).toEqual([
      "technique:recurrence-memory",
      "technique:sparse-attention",
      "technique:linear-attention",
      "technique:low-rank",
      "task:language-modeling",
    ]);
    // "compression" alone is as often a learned codec: it names no family.
    expect(named("compression")).toEqual([]);
  });
});

describe("compounds in a query", () => {
  it("reads a compound joined, hyphenated or apart as one phrase: 'pre-training', 'pointcloud', 'multi modal'", () => {
    expect(named("pre-training")).toEqual(["task:representation-learning"]);
    expect(named("pointcloud segmentation")).toEqual(["domain:3d", "task:segmentation"]);
    expect(named("multi modal")).toEqual(["domain:multimodal"]);
  });
});

describe("the units of a query", () => {
  it("keeps each phrase of the field whole and every other word alone", () => {
    expect(queryUnits("early exit")).toEqual(["early exit"]);
    expect(queryUnits("long context language model")).toEqual(["long context", "language model"]);
    expect(queryUnits("vision transformer segmentation medical")).toEqual(["vision", "transformer", "segmentation", "medical"]);
    expect(queryUnits("speach recognition conformer")).toEqual(["speach recognition", "conformer"]);
  });

  it("splits a model's name of several words: its words are ordinary words", () => {
    expect(queryUnits("vision mamba")).toEqual(["vision", "mamba"]);
    expect(queryUnits("")).toEqual([]);
  });
});

describe("values named by a model's name", () => {
  it("tells a value a model's name implies ('mlp-mixer' → Vision) from one a phrase of the field names (MLP & mixer, 'protein' → Biomedical)", () => {
    const of = (q: string) => findQueryFacets(q).map((f) => `${f.facet}:${f.value}:${namedByModel(f)}`);
    expect(of("mlp-mixer")).toEqual(expect.arrayContaining(["architecture:mlp:false", "domain:vision:true"]));
    expect(of("protein")).toEqual(["domain:biomedical:false"]);
    expect(of("retnet").every((v) => v.endsWith(":true"))).toBe(true);
  });
});

describe("a backbone named in most papers", () => {
  const ranking = (q: string) => rankingFacets(q).map((f) => `${f.facet}:${f.value}`);

  it("is offered as no filter, but its field ranks: 'distillation bert' is distillation of language models", () => {
    expect(named("distillation bert")).toEqual(["technique:distillation"]);
    expect(ranking("distillation bert")).toEqual(["technique:distillation", "domain:language"]);
    expect(impliedByCommonModel("distillation bert").map((f) => f.phrase)).toEqual(["bert"]);
  });

  it("is a whole word of the query, not a part of another name ('hubert' is not BERT)", () => {
    expect(impliedByCommonModel("hubert speech")).toEqual([]);
    expect(ranking("gpt-3 pruning")).toEqual(["technique:pruning", "domain:language", "task:language-modeling"]);
  });
});

describe("'efficient' beside other words", () => {
  it("ranks the papers with some technique, whichever, and offers none of the sixteen", () => {
    expect(named("efficient vision transformer")).toEqual(["domain:vision"]);
    const techniques = rankingFacets("efficient vision transformer").filter((f) => f.facet === "technique");
    expect(techniques.map((f) => f.value)).toContain("quantization");
    expect(techniques.map((f) => f.value)).toContain("lightweight-design");
    expect(new Set(techniques.map((f) => f.phrase))).toEqual(new Set(["efficient"]));
  });

  it("adds nothing where a named phrase took the word, or where it is the whole query", () => {
    expect(rankingFacets("efficient inference").map((f) => f.value)).toEqual(["efficient-decoding"]);
    expect(rankingFacets("efficient")).toEqual(findQueryFacets("efficient"));
  });
});
