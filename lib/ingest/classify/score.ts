import type { Evidence } from "../../paper";
import { findKnownModels, type LexiconHit } from "../../lexicon";
import type { FacetName } from "../../taxonomy";
import { isMention } from "./mention";
import type { CompiledRule } from "./phrase";
import { POLICY, type ContrastPolicy } from "./policy";
import type { Role, Sentence } from "./sentences";

/** A facet value the text speaks for, with its summed score and its best piece of evidence. */
export interface Scored {
  evidence: Evidence;
  score: number;
}

/** A sentence with the known models it names (found once per paper, used by every facet). */
export interface ReadSentence extends Sentence {
  models: LexiconHit[];
}

export function readSentences(sentences: Sentence[]): ReadSentence[] {
  return sentences.map((s) => ({ ...s, models: findKnownModels(s.text) }));
}

const fieldOf = (role: Role): Evidence["field"] => (role === "title" ? "title" : "abstract");

function firstHit(pattern: RegExp | null, sentence: Sentence, policy: ContrastPolicy): string | null {
  if (!pattern) return null;
  for (const m of sentence.text.matchAll(pattern)) {
    if (!isMention(sentence.text, m.index, m.index + m[0].length, policy, sentence.role)) return m[0];
  }
  return null;
}

// Building on a pretrained backbone inherits its mechanism; the paper's design does not use it
// as its own. Experiments and method details name backbones and baselines, not the design.
const INHERITED = /\b(pre-?trained|off-the-shelf|fine-?tun\w*|frozen|initiali[sz]ed from|backbones?)\b/i;

function knownModelHit(facet: FacetName, value: string, sentence: ReadSentence): { hit: LexiconHit; weight: number } | null {
  if (facet === "technique" && sentence.role !== "title" && (sentence.role !== "own" || INHERITED.test(sentence.text))) return null;
  for (const hit of sentence.models) {
    const implied = (hit.entry[facet as keyof typeof hit.entry] as string[] | undefined) ?? [];
    if (!implied.includes(value)) continue;
    if (isMention(sentence.text, hit.index, hit.index + hit.form.length, POLICY[facet].contrast, sentence.role)) continue;
    return { hit, weight: hit.entry.common ? 1 / 3 : 1 };
  }
  return null;
}

/**
 * Scores one facet value over the title and each sentence: a phrase or a known model in a
 * sentence adds the weight of that sentence's role; each sentence counts once.
 */
export function scoreValue(facet: FacetName, rule: CompiledRule, sentences: ReadSentence[]): Scored | null {
  const policy = POLICY[facet];
  let score = 0;
  let best: { evidence: Evidence; weight: number } | null = null;
  for (const sentence of sentences) {
    const roleWeight = policy.roles[sentence.role];
    if (roleWeight === 0) continue;
    const strong =
      firstHit(sentence.role === "title" ? (rule.title ?? rule.strong) : rule.strong, sentence, policy.contrast) ??
      (sentence.role === "title" && rule.title ? firstHit(rule.strong, sentence, policy.contrast) : null);
    const weak = strong ? null : firstHit(rule.weak, sentence, policy.contrast);
    const known = policy.lexicon > 0 ? knownModelHit(facet, rule.value, sentence) : null;
    const phraseWeight = strong ? 1 : weak ? 1 / 3 : 0;
    const knownWeight = known ? known.weight * policy.lexicon : 0;
    const weight = roleWeight * Math.max(phraseWeight, knownWeight);
    if (weight === 0) continue;
    score += weight;
    if (best && weight <= best.weight) continue;
    const evidence: Evidence =
      knownWeight > phraseWeight && known
        ? {
            value: rule.value,
            phrase: known.hit.form,
            field: fieldOf(sentence.role),
            role: sentence.role,
            known: `${known.hit.entry.name}: ${known.hit.entry.what}`,
          }
        : { value: rule.value, phrase: (strong ?? weak)!, field: fieldOf(sentence.role), role: sentence.role };
    best = { evidence, weight };
  }
  if (!best || score < (rule.min ?? policy.min)) return null;
  return { evidence: best.evidence, score };
}

/** Every value of a facet the text speaks for, side remarks (far below the best value) dropped. */
export function scoreFacet(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Scored[] {
  const scored = rules.map((rule) => scoreValue(facet, rule, sentences)).filter((s): s is Scored => s !== null);
  const top = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score >= top * POLICY[facet].relativeFloor);
}

/** Evidence of a cue (a phrase list that is no facet value) in sentences of the given roles. */
export function findCue(pattern: RegExp, sentences: Sentence[], policy: ContrastPolicy, roles?: Role[]): Evidence | null {
  for (const sentence of sentences) {
    if (roles && !roles.includes(sentence.role)) continue;
    const phrase = firstHit(pattern, sentence, policy);
    if (phrase) return { value: "", phrase, field: fieldOf(sentence.role), role: sentence.role };
  }
  return null;
}
