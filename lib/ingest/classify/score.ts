import type { Evidence } from "../../paper";
import { findKnownModels, type LexiconHit } from "../../lexicon";
import type { FacetName } from "../../taxonomy";
import { isMention } from "./mention";
import type { CompiledRule } from "./phrase";
import { POLICY, type ContrastPolicy } from "./policy";
import { mayMatch, mayMatchAny, patternGroup, watchPattern, type PatternGroup } from "./prefilter";
import type { Role, Sentence } from "./sentences";

/** A facet value the text speaks for, with its summed score and its best piece of evidence. */
export interface Scored {
  evidence: Evidence;
  score: number;
}

/** A sentence with what every facet asks of it, found once per paper. */
export interface ReadSentence extends Sentence {
  /** The known models it names. */
  models: LexiconHit[];
  /** Whether it builds on a pretrained or adopted backbone, whose mechanism the design then inherits. */
  inherits: boolean;
}

// Building on a pretrained backbone inherits its mechanism; the paper's design does not use it
// as its own. Experiments and method details name backbones and baselines, not the design.
const INHERITED =
  /\b(pre-?trained|off-the-shelf|fine-?tun\w*|frozen|initiali[sz]ed from|(?:use[sd]?|using|adopt\w*|employ\w*|leverag\w*) (?:an? |the )?(?:[\w-]+ ){0,3}(?:as (?:an? |the |our )?)?backbones?)\b/i;
watchPattern(INHERITED);

export function readSentences(sentences: Sentence[]): ReadSentence[] {
  // Spelled out rather than spread: copying by spread was a tenth of the classifier's time.
  return sentences.map(({ text, role, possible }) => ({
    text,
    role,
    possible,
    models: findKnownModels(text),
    inherits: mayMatch(INHERITED, possible) && INHERITED.test(text),
  }));
}

const fieldOf = (role: Role): Evidence["field"] => (role === "title" ? "title" : "abstract");

function firstHit(pattern: RegExp | null, sentence: Sentence, policy: ContrastPolicy): string | null {
  if (!pattern || !mayMatch(pattern, sentence.possible)) return null;
  // exec on the shared global pattern: matchAll would clone the RegExp on every call, which
  // was most of the classifier's time (thousands of calls per paper).
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    if (!isMention(sentence, m.index, m.index + m[0].length, policy)) {
      pattern.lastIndex = 0;
      return m[0];
    }
    if (m[0] === "") pattern.lastIndex++;
  }
  return null;
}

function knownModelHit(facet: FacetName, value: string, sentence: ReadSentence): { hit: LexiconHit; weight: number } | null {
  if (facet === "technique" && sentence.role !== "title" && (sentence.role !== "own" || sentence.inherits)) return null;
  for (const hit of sentence.models) {
    const implied = (hit.entry[facet as keyof typeof hit.entry] as string[] | undefined) ?? [];
    if (!implied.includes(value)) continue;
    if (isMention(sentence, hit.index, hit.index + hit.form.length, POLICY[facet].contrast)) continue;
    return { hit, weight: hit.entry.common ? 1 / 3 : 1 };
  }
  return null;
}

interface Hit {
  evidence: Evidence;
  /** The role's weight times `strength`. */
  weight: number;
  /** What matched, whatever the role: 1 for a strong phrase, 1/3 for a weak one, the lexicon's share for a known model. */
  strength: number;
  /** Which sentence of the paper. */
  sentence: number;
}

/** What one sentence says for one value: the phrase or known model that matched, weighed by the sentence's role. */
function hitIn(facet: FacetName, rule: CompiledRule, sentences: ReadSentence[], i: number): Hit | null {
  const sentence = sentences[i];
  const policy = POLICY[facet];
  const roleWeight = policy.roles[sentence.role];
  if (roleWeight === 0) return null;
  const strong =
    firstHit(sentence.role === "title" ? (rule.title ?? rule.strong) : rule.strong, sentence, policy.contrast) ??
    (sentence.role === "title" && rule.title ? firstHit(rule.strong, sentence, policy.contrast) : null);
  const weak = strong ? null : firstHit(rule.weak, sentence, policy.contrast);
  const known = policy.lexicon > 0 ? knownModelHit(facet, rule.value, sentence) : null;
  const phraseWeight = strong ? 1 : weak ? 1 / 3 : 0;
  const knownWeight = known ? known.weight * policy.lexicon : 0;
  const strength = Math.max(phraseWeight, knownWeight);
  const weight = roleWeight * strength;
  if (weight === 0) return null;
  const { value } = rule;
  const { role } = sentence;
  const field = fieldOf(role);
  const evidence: Evidence =
    knownWeight > phraseWeight && known
      ? { value, field, role, phrase: known.hit.form, known: `${known.hit.entry.name}: ${known.hit.entry.what}` }
      : { value, field, role, phrase: (strong ?? weak)! };
  return { evidence, weight, strength, sentence: i };
}

/** Each rule's patterns as one group (prefilter.ts), looked up once per table rather than per sentence. */
const groupsByTable = new WeakMap<CompiledRule[], PatternGroup[]>();
function patternGroupsOf(rules: CompiledRule[]): PatternGroup[] {
  let groups = groupsByTable.get(rules);
  if (!groups) groupsByTable.set(rules, (groups = rules.map((rule) => patternGroup([rule.strong, rule.weak, rule.title].filter((p) => p !== null)))));
  return groups;
}

/** Whether a sentence can say anything for a rule: one of its patterns may match, or a known model named in it implies its value. */
function mayName(patterns: PatternGroup, facet: FacetName, value: string, sentence: ReadSentence, lexicon: boolean): boolean {
  if (mayMatchAny(patterns, sentence.possible)) return true;
  if (!lexicon) return false;
  for (const hit of sentence.models) if ((hit.entry[facet as keyof typeof hit.entry] as string[] | undefined)?.includes(value)) return true;
  return false;
}

interface Hits {
  /** Each rule's hits, in sentence order. */
  byRule: Hit[][];
  /** How many values each sentence names. */
  named: number[];
}

// A paper's hits are read twice, by scoreFacet and by hitsByRole for the learned layer: kept per
// sentence list and rule table, they are found once.
const hitsRead = new WeakMap<ReadSentence[], Map<CompiledRule[], Hits>>();

/**
 * Each rule's hits in the sentences. Only the sentences that may name a rule's value are read
 * for it: most rules match in none of a paper's sentences, and the prefilter knows which.
 */
function hitsOf(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Hits {
  let read = hitsRead.get(sentences);
  if (!read) hitsRead.set(sentences, (read = new Map()));
  let hits = read.get(rules);
  if (!hits) read.set(rules, (hits = findHits(facet, rules, sentences)));
  return hits;
}

const NO_HITS: Hit[] = [];

function findHits(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Hits {
  const policy = POLICY[facet];
  const groups = patternGroupsOf(rules);
  // Most rules have no hit in a paper: they share one empty list, and a rule gets its own at its first hit.
  const byRule: Hit[][] = new Array<Hit[]>(rules.length).fill(NO_HITS);
  const named = new Array<number>(sentences.length).fill(0);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (policy.roles[sentence.role] === 0) continue;
    for (let r = 0; r < rules.length; r++) {
      if (!mayName(groups[r], facet, rules[r].value, sentence, policy.lexicon > 0)) continue;
      const hit = hitIn(facet, rules[r], sentences, i);
      if (!hit) continue;
      if (byRule[r] === NO_HITS) byRule[r] = [hit];
      else byRule[r].push(hit);
      named[i]++;
    }
  }
  return { byRule, named };
}

/** Per value, the strongest match in sentences of each role: what the learned layer reads of the rules. */
export function hitsByRole(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Map<string, Partial<Record<Role, number>>> {
  const byValue = new Map<string, Partial<Record<Role, number>>>();
  const { byRule } = hitsOf(facet, rules, sentences);
  // Only the rules with hits: a loop over all that made an object for each was a tenth of the classifier's allocations.
  for (let r = 0; r < rules.length; r++) {
    if (!byRule[r].length) continue;
    const roles: Partial<Record<Role, number>> = {};
    for (const hit of byRule[r]) {
      const role = sentences[hit.sentence].role;
      roles[role] = Math.max(roles[role] ?? 0, hit.strength);
    }
    byValue.set(rules[r].value, roles);
  }
  return byValue;
}

/**
 * Every value of a facet the text speaks for. A value scores the weights of the sentences that
 * name it (each sentence once) and needs the facet's minimum; a background sentence that lists
 * several values describes the field ("ViTs have superseded CNNs in classification, detection
 * and segmentation") and counts for none; side remarks far below the best value are dropped.
 */
export function scoreFacet(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Scored[] {
  const policy = POLICY[facet];
  const { byRule, named } = hitsOf(facet, rules, sentences);
  const listing = sentences.map((s, i) => (s.role === "background" || s.role === "prior") && named[i] > policy.listedAtMost);
  // A loop rather than flatMap, whose empty array per rule without hits was a tenth of the classifier's allocations.
  const scored: (Scored & { body: number })[] = [];
  for (let r = 0; r < rules.length; r++) {
    if (!byRule[r].length) continue;
    const found = byRule[r].filter((hit) => !listing[hit.sentence]);
    const score = found.reduce((sum, hit) => sum + hit.weight, 0);
    if (!found.length || score < (rules[r].min ?? policy.min)) continue;
    const best = found.reduce((a, b) => (b.weight > a.weight ? b : a));
    const body = found.filter((hit) => hit.evidence.role !== "title").reduce((sum, hit) => sum + hit.weight, 0);
    scored.push({ evidence: best.evidence, score, body });
  }
  const top = Math.max(0, ...scored.map((s) => (policy.floorFromAbstract ? s.body : s.score)));
  return scored.filter((s) => s.score >= top * policy.relativeFloor).map(({ evidence, score }) => ({ evidence, score }));
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
