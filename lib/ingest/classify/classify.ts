import type { Evidence, Paper } from "../../paper";
import { FACET_NAMES, type FacetName } from "../../taxonomy";
import { applyConventions } from "./conventions";
import type { Context } from "./conventions/step";
import { reweigh } from "./learned/apply";
import { MODEL, type LearnedModel } from "./learned/model";
import { prepareScan } from "./prefilter";
import { RULES } from "./rules";
import type { RoleHits } from "./learned/features";
import { hitsByRole, readSentences, scoreFacet, type ReadSentence, type Scored } from "./score";
import { sentencesOf, type Text } from "./sentences";

export type Facets = Pick<Paper, FacetName | "evidence">;

// Every phrase pattern is compiled by now (the imports above): the prefilter's automaton can be built at load.
prepareScan();

/**
 * One piece of evidence per value, in the order values first occur, each value's last evidence (what a
 * Map from value to evidence keeps); a loop over the few values rather than a Map and its arrays per facet.
 */
function unique(values: Scored[]): Evidence[] {
  const kept: Evidence[] = [];
  for (const { evidence } of values) {
    let at = 0;
    while (at < kept.length && kept[at].value !== evidence.value) at++;
    kept[at] = evidence;
  }
  return kept;
}

/** What the phrase rules and the lexicon find in a paper, before the learned layer and the conventions. */
const perFacet = <T>(f: (facet: FacetName) => T) => Object.fromEntries(FACET_NAMES.map((facet) => [facet, f(facet)])) as Record<FacetName, T>;

export function readPaper(text: Text): { sentences: ReadSentence[]; found: Context["found"] } {
  const sentences = readSentences(sentencesOf(text));
  return { sentences, found: perFacet((facet) => scoreFacet(facet, RULES[facet], sentences)) };
}

/** How strongly each value is named per sentence role: what the learned layer reads, computed only when it runs. */
export const roleHitsOf = (sentences: ReadSentence[]): RoleHits => perFacet((facet) => hitsByRole(facet, RULES[facet], sentences));

/**
 * Classifies a paper along the five facets: phrases and known models scored by the role of
 * their sentence, re-weighed by the learned layer, then each facet's conventions in order. Deterministic and explainable:
 * every value carries the phrase, known model or convention that earned it.
 */
export function classify(text: Text, model: LearnedModel = MODEL): Facets {
  const { sentences, found: ruled } = readPaper(text);
  const found = reweigh(model, sentences, ruled, () => roleHitsOf(sentences));
  const context: Context = { text, sentences, found, decided: {} };
  for (const facet of FACET_NAMES) context.decided[facet] = unique(applyConventions(facet, found[facet], context));
  const evidence = context.decided as Paper["evidence"];
  const values = <F extends FacetName>(facet: F) => evidence[facet].map((e) => e.value) as Paper[F];
  return {
    domain: values("domain"),
    task: values("task"),
    technique: values("technique"),
    architecture: values("architecture"),
    contribution: values("contribution"),
    evidence,
  };
}
