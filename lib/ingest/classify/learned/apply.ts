import { TAXONOMY, type FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import { featuresOf, type RoleHits } from "./features";
import { knownFeatures, probabilities, strongestCue, type LearnedModel } from "./model";

/**
 * Corrects what the phrase rules found with weights fitted to the labelled sample: a value the
 * rules found is dropped when the model finds it very unlikely; a value they missed is added
 * when the model is confident, with the phrase that weighed most as its evidence. Facets
 * without a model keep what the rules found.
 */
export function reweigh(model: LearnedModel, sentences: ReadSentence[], found: Record<FacetName, Scored[]>, hits: () => RoleHits): Record<FacetName, Scored[]> {
  if (!Object.keys(model.facets).length) return found;
  const features = featuresOf(sentences, found, hits(), knownFeatures(model));
  const probabilityOf = probabilities(model, features);
  const result = { ...found };
  for (const facet of Object.keys(found) as FacetName[]) {
    const models = model.facets[facet];
    const threshold = model.thresholds[facet];
    if (!models || threshold === undefined) continue;
    const kept: Scored[] = [];
    for (const { slug } of TAXONOMY[facet].values) {
      const valueModel = models[slug];
      const ruled = found[facet].find((s) => s.evidence.value === slug);
      if (!valueModel) {
        if (ruled) kept.push(ruled);
        continue;
      }
      const p = probabilityOf(valueModel);
      if (ruled) {
        if (p >= threshold.drop) kept.push(ruled);
        continue;
      }
      if (p < threshold.add) continue;
      const cue = strongestCue(valueModel, features);
      if (cue) kept.push({ evidence: { value: slug, phrase: cue.phrase, field: cue.field, learned: true }, score: 2 * p });
    }
    result[facet] = kept;
  }
  return result;
}
