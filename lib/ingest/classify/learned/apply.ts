import type { FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import type { RoleHits } from "./features";
import { decide, type LearnedModel } from "./model";

/**
 * Corrects what the phrase rules found with weights fitted to the labelled sample: a value the
 * rules found is dropped when the model finds it very unlikely; a value they missed is added
 * when the model is confident, with the phrase that weighed most as its evidence. Facets
 * without a model keep what the rules found.
 */
export function reweigh(model: LearnedModel, sentences: ReadSentence[], found: Record<FacetName, Scored[]>, hits: () => RoleHits): Record<FacetName, Scored[]> {
  if (!Object.keys(model.facets).length) return found;
  return { ...found, ...decide(model, sentences, found, hits()) };
}
