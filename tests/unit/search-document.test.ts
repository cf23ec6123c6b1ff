import { describe, expect, it } from "vitest";
import { makePaper } from "../helpers/paper";
import { toDocument } from "@/lib/search/document";
import { corpusWords, exactWords, MAX_PLURAL_PAIRS, pluralSynonyms, spellingSynonyms } from "@/lib/search/vocabulary";
import { indexSettings, MAX_RANKED_HITS } from "@/lib/search/settings";
import { PAGE_SIZE } from "@/lib/search/build-query";
import { MAX_PAGE } from "@/lib/search-params";
import type { Paper } from "@/lib/paper";

const paper = (over: Partial<Paper>): Paper =>
  makePaper({
    abstract: "We study performers of tasks with transformers and one transformer.",
    domain: ["audio"],
    task: ["classification"],
    technique: ["token-reduction"],
    ...over,
  });

describe("the indexed document of a paper", () => {
  it("carries the labels and aliases of its facet values as text", () => {
    const doc = toDocument(paper({}));
    expect(doc.facetText).toEqual(expect.arrayContaining(["speech & audio", "speech", "classification", "token merging"]));
  });

  it("ranks a label phrase naming another value below the abstract: a token-merging paper is no pruning paper", () => {
    const doc = toDocument(paper({}));
    expect(doc.facetText.join(" ")).not.toMatch(/pruning/);
    expect(doc.facetPhrases).toContain("token pruning & merging");
  });

  it("indexes no alias that names another value: an image-generation paper does not match 'speech'", () => {
    const doc = toDocument(paper({ domain: ["vision"], task: ["generation"], technique: [] }));
    expect([...doc.facetText, ...doc.facetPhrases].join(" ")).not.toMatch(/speech/);
  });

  it("ranks a value set by a labelling rule, not by a phrase of the paper, below the abstract", () => {
    const doc = toDocument(
      paper({
        evidence: { domain: [], task: [{ value: "classification", phrase: "fallback", field: "rule" }], technique: [], architecture: [], contribution: [] },
      }),
    );
    expect(doc.facetText).not.toContain("classification");
    expect(doc.facetPhrases).toContain("classification & recognition");
  });

  it("adds nothing for values nobody searches by (a new method, general)", () => {
    const doc = toDocument(paper({ domain: ["general"], task: ["classification"], technique: [], contribution: ["method"] }));
    expect(doc.facetText.join(" ")).not.toMatch(/method|general/);
  });
});

describe("the typo policy", () => {
  const docs = [toDocument(paper({}))];
  const vocabulary = corpusWords(docs);

  it("matches words of the corpus as typed, and leaves unknown words to typo tolerance", () => {
    const exact = indexSettings(docs).typoTolerance?.disableOnWords ?? [];
    expect(exact).toEqual(expect.arrayContaining(["performers", "transformer", "performer"]));
    expect(exact).not.toContain("tranformer");
    expect(exactWords(vocabulary).every((w) => w.length >= 5)).toBe(true);
  });

  it("keeps a word's plural as its synonym, since typos no longer bridge them", () => {
    expect(pluralSynonyms(vocabulary)).toContainEqual(["transformer", "transformers"]);
    expect(indexSettings(docs).synonyms?.transformer).toContain("transformers");
  });

  it("keeps the synonym table small at any size: the commonest plurals only", () => {
    const many = new Map<string, number>([
      ["layer", 90],
      ["layers", 80],
    ]);
    const letters = (i: number) => [...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join("");
    for (let i = 0; i < 5000; i++) many.set(`word${letters(i)}x`, 1).set(`word${letters(i)}xs`, 1);
    const pairs = pluralSynonyms(many);
    expect(pairs.length).toBe(MAX_PLURAL_PAIRS);
    expect(pairs[0]).toEqual(["layer", "layers"]);
  });

  it("makes the words the papers spell both ways synonyms, British and American, and no short look-alikes", () => {
    const words = new Map(["modelling", "modeling", "tokenisation", "tokenization", "behaviour", "behavior", "four", "for", "analyse"].map((w) => [w, 1]));
    expect(spellingSynonyms(words)).toEqual([
      ["behavior", "behaviour"],
      ["modeling", "modelling"],
      ["tokenization", "tokenisation"],
    ]);
  });

  it("ranks as deep as a reader can page", () => {
    expect(MAX_RANKED_HITS).toBe(MAX_PAGE * PAGE_SIZE);
  });
});
