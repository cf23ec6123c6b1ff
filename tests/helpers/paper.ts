import type { Paper } from "@/lib/paper";

/** A valid paper for unit tests: every field set, nothing optional missing; override what the test is about. */
export function makePaper(over: Partial<Paper> = {}): Paper {
  return {
    id: "abcdefabcdef",
    slug: "a-paper",
    title: "A Paper About Things",
    modelName: null,
    abstract: "We study attention in transformers and report what we find on several benchmarks.",
    codeUrl: null,
    hasCode: false,
    authorCount: null,
    organization: null,
    date: null,
    year: null,
    upvotes: null,
    domain: ["general"],
    task: ["language-modeling"],
    technique: [],
    architecture: ["transformer"],
    contribution: ["method"],
    arxivId: null,
    authors: [],
    categories: [],
    doi: null,
    published: null,
    updated: null,
    provenance: {},
    classifierVersion: "test",
    evidence: { domain: [], task: [], technique: [], architecture: [], contribution: [] },
    sources: [{ file: "x.txt", line: 1 }],
    ...over,
  };
}
