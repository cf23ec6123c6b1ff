import type { Paper } from "../paper";
import { FACET_NAMES } from "../taxonomy";
import { SEARCHED_FACET_TERMS } from "./facet-terms";

export type PaperDocument = Paper & { facetText: string[]; facetPhrases: string[] };

/** Fields that exist only for ranking; readers, the API and exports get the paper without them. */
export const INDEX_ONLY_FIELDS = ["facetText", "facetPhrases"] as const;

/** The paper a stored document holds. */
export function fromDocument<T extends object>(doc: T): Omit<T, (typeof INDEX_ONLY_FIELDS)[number]> {
  const paper = { ...doc } as Record<string, unknown>;
  for (const field of INDEX_ONLY_FIELDS) delete paper[field];
  return paper as Omit<T, (typeof INDEX_ONLY_FIELDS)[number]>;
}

const TERMS = new Map(SEARCHED_FACET_TERMS.map((t) => [`${t.facet}:${t.value}`, t]));

/**
 * The paper as Meilisearch indexes it: with the labels and aliases of its facet values as text,
 * so a paper tagged "linear-attention" matches "linear attention" in a field that ranks above a
 * passing mention in the abstract. Classifier values only: what the paper carries, not the query.
 */
export function toDocument<P extends Paper>(paper: P): P & Pick<PaperDocument, "facetText" | "facetPhrases"> {
  const values = FACET_NAMES.flatMap((facet) =>
    (paper[facet] as string[]).flatMap((value) => {
      const term = TERMS.get(`${facet}:${value}`);
      // A value no phrase of the paper earned (a labelling convention's fallback) is weaker evidence.
      const evidence = paper.evidence[facet].filter((e) => e.value === value);
      const byRule = evidence.length > 0 && evidence.every((e) => e.field === "rule");
      return term ? [{ term, byRule }] : [];
    }),
  );
  const facetText = [...new Set(values.filter((v) => !v.byRule).flatMap((v) => v.term.indexed))];
  // Below the abstract: a label that also holds another value's word ("Token pruning & merging"),
  // still searchable as it is shown on the paper's card, and the labels of values set by rule.
  // Such aliases are not indexed at all: "text to speech" would make every image-generation paper match "speech".
  const facetPhrases = [...new Set(values.map((v) => v.term.label.toLowerCase()))].filter((p) => !facetText.includes(p));
  return { ...paper, facetText, facetPhrases };
}
