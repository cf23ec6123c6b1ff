import type { Evidence } from "../../../paper";
import { compilePhrases } from "../phrase";
import { SURVEY_TITLE_CUES } from "../phrases/cues";
import type { FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import type { Text } from "../sentences";

/** What a convention sees: the text, its sentences, every facet's scored values and the facets decided before. */
export interface Context {
  text: Text;
  sentences: ReadSentence[];
  found: Record<FacetName, Scored[]>;
  decided: Partial<Record<FacetName, Evidence[]>>;
}

/** One labelling convention of ../shared/taxonomy.md as a named, ordered decision step of one facet. */
export interface Convention {
  name: string;
  /** The convention in a sentence, as the taxonomy states it. */
  says: string;
  apply(values: Scored[], context: Context): Scored[];
}

export const has = (values: Scored[], value: string) => values.some((s) => s.evidence.value === value);
export const scoreOf = (values: Scored[], value: string) => values.find((s) => s.evidence.value === value)?.score ?? 0;
export const without = (values: Scored[], ...drop: string[]) => values.filter((s) => !drop.includes(s.evidence.value));
export const only = (values: Scored[], keep: string[]) => values.filter((s) => keep.includes(s.evidence.value));

/** A value that follows from a convention rather than from a phrase. */
export function byRule(value: string, why: string): Scored {
  return { evidence: { value, phrase: why, field: "rule" }, score: 0 };
}

export function withValue(evidence: Evidence, value: string, score = 0): Scored {
  return { evidence: { ...evidence, value }, score };
}

export function addOnce(values: Scored[], added: Scored): Scored[] {
  return has(values, added.evidence.value) ? values : [...values, added];
}

const SURVEY_TITLE = compilePhrases(SURVEY_TITLE_CUES, "i")!;
/** Whether the title makes the paper a survey. */
export const isSurvey = (context: Context) => SURVEY_TITLE.test(context.text.title);
