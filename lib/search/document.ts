import type { Paper } from "../paper";
import { FACET_NAMES } from "../taxonomy";
import { SEARCHED_FACET_TERMS } from "./facet-terms";

export type PaperDocument = Paper & { facetText: string[]; facetPhrases: string[] };

const TERMS = new Map(SEARCHED_FACET_TERMS.map((t) => [`${t.facet}:${t.value}`, t]));

/**
 * The paper as Meilisearch indexes it: with the labels and aliases of its facet values as text,
 * so a paper tagged "linear-attention" matches "linear attention" in a field that ranks above a
 * passing mention in the abstract. Classifier values only: what the paper carries, not the query.
 */
export function toDocument(paper: Paper): PaperDocument {
  const terms = FACET_NAMES.flatMap((facet) => (paper[facet] as string[]).flatMap((value) => TERMS.get(`${facet}:${value}`) ?? []));
  const facetText = [...new Set(terms.flatMap((t) => t.indexed))];
  // A label that also holds another value's word ("Token pruning & merging") is still shown on the
  // paper's card, so it is still searchable, below the abstract. Such aliases are not indexed at
  // all: "text to speech" would make every image-generation paper match "speech".
  const facetPhrases = [...new Set(terms.map((t) => t.label.toLowerCase()))].filter((p) => !facetText.includes(p));
  return { ...paper, facetText, facetPhrases };
}
