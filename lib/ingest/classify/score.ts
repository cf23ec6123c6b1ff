import type { Evidence } from "../../paper";
import { findKnownModels, type LexiconHit } from "../../lexicon";
import type { FacetName } from "../../taxonomy";
import { isMention } from "./mention";
import type { CompiledRule } from "./phrase";
import { POLICY, type ContrastPolicy } from "./policy";
import { mayMatchAny, mayMatchId, patternGroup, patternId, watchPattern, type PatternGroup } from "./prefilter";
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
const INHERITED_ID = patternId(INHERITED);

export function readSentences(sentences: Sentence[]): ReadSentence[] {
  // Spelled out rather than spread: copying by spread was a tenth of the classifier's time.
  return sentences.map(({ text, role, possible }) => ({
    text,
    role,
    possible,
    models: findKnownModels(text),
    inherits: mayMatchId(INHERITED_ID, possible) && INHERITED.test(text),
  }));
}

const fieldOf = (role: Role): Evidence["field"] => (role === "title" ? "title" : "abstract");

/** The first match of `pattern` (watched as `id`, patternId) in the sentence that is no mention. */
function firstHit(pattern: RegExp | null, id: number, sentence: Sentence, policy: ContrastPolicy): string | null {
  if (!pattern || !mayMatchId(id, sentence.possible)) return null;
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
function hitIn(facet: FacetName, rule: CompiledRule, plan: RulePlan, sentences: ReadSentence[], i: number): Hit | null {
  const sentence = sentences[i];
  const policy = POLICY[facet];
  const roleWeight = policy.roles[sentence.role];
  if (roleWeight === 0) return null;
  const titled = sentence.role === "title" && rule.title !== null;
  const strong =
    (titled ? firstHit(rule.title, plan.title, sentence, policy.contrast) : firstHit(rule.strong, plan.strong, sentence, policy.contrast)) ??
    (titled ? firstHit(rule.strong, plan.strong, sentence, policy.contrast) : null);
  const weak = strong ? null : firstHit(rule.weak, plan.weak, sentence, policy.contrast);
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

/** A rule's patterns as one group (prefilter.ts) and each pattern's id, looked up once per table rather than per test. */
interface RulePlan {
  group: PatternGroup;
  strong: number;
  weak: number;
  title: number;
}
const plansByTable = new WeakMap<CompiledRule[], RulePlan[]>();
const idOf = (pattern: RegExp | null) => (pattern ? patternId(pattern) : -1);
function plansOf(rules: CompiledRule[]): RulePlan[] {
  let plans = plansByTable.get(rules);
  if (!plans)
    plansByTable.set(
      rules,
      (plans = rules.map((rule) => ({
        group: patternGroup([rule.strong, rule.weak, rule.title].filter((p) => p !== null)),
        strong: idOf(rule.strong),
        weak: idOf(rule.weak),
        title: idOf(rule.title),
      }))),
    );
  return plans;
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
  /** Which sentence list they were found in (`reading`). */
  reading: number;
}

// A paper's hits are read twice, by scoreFacet and by hitsByRole for the learned layer: kept for the
// last sentence list read, per rule table, they are found once. Each table's lists are reused from
// one paper to the next (not a WeakMap keyed by every paper's sentences, nor new lists per paper:
// both were work for the garbage collector).
let lastRead: ReadSentence[] | null = null;
let reading = 0;
const hitsRead = new WeakMap<CompiledRule[], Hits>();

/**
 * Each rule's hits in the sentences. Only the sentences that may name a rule's value are read
 * for it: most rules match in none of a paper's sentences, and the prefilter knows which.
 */
function hitsOf(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[]): Hits {
  if (lastRead !== sentences) {
    lastRead = sentences;
    reading++;
  }
  let hits = hitsRead.get(rules);
  if (!hits) hitsRead.set(rules, (hits = { byRule: [], named: [], reading: 0 }));
  if (hits.reading !== reading) {
    findHits(facet, rules, sentences, hits);
    hits.reading = reading;
  }
  return hits;
}

const NO_HITS: Hit[] = [];

/** Finds each rule's hits into `hits`, whatever they held before. */
function findHits(facet: FacetName, rules: CompiledRule[], sentences: ReadSentence[], hits: Hits): void {
  const policy = POLICY[facet];
  const plans = plansOf(rules);
  // Most rules have no hit in a paper: they share one empty list, and a rule gets its own at its first hit.
  const { byRule, named } = hits;
  byRule.length = rules.length;
  byRule.fill(NO_HITS);
  named.length = sentences.length;
  named.fill(0);
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i];
    if (policy.roles[sentence.role] === 0) continue;
    for (let r = 0; r < rules.length; r++) {
      if (!mayName(plans[r].group, facet, rules[r].value, sentence, policy.lexicon > 0)) continue;
      const hit = hitIn(facet, rules[r], plans[r], sentences, i);
      if (!hit) continue;
      if (byRule[r] === NO_HITS) byRule[r] = [hit];
      else byRule[r].push(hit);
      named[i]++;
    }
  }
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
  const listing = (i: number) => (sentences[i].role === "background" || sentences[i].role === "prior") && named[i] > policy.listedAtMost;
  // Loops rather than flatMap, filter and reduce, whose arrays per rule were a fifth of the classifier's
  // allocations; the sums add the same weights in the same order.
  const scored: Scored[] = [];
  let top = 0;
  for (let r = 0; r < rules.length; r++) {
    const hits = byRule[r];
    if (!hits.length) continue;
    let score = 0;
    let body = 0;
    let best: Hit | null = null;
    for (const hit of hits) {
      if (listing(hit.sentence)) continue;
      score += hit.weight;
      if (hit.evidence.role !== "title") body += hit.weight;
      if (!best || hit.weight > best.weight) best = hit;
    }
    if (!best || score < (rules[r].min ?? policy.min)) continue;
    scored.push({ evidence: best.evidence, score });
    top = Math.max(top, policy.floorFromAbstract ? body : score);
  }
  const floor = top * policy.relativeFloor;
  return scored.every((s) => s.score >= floor) ? scored : scored.filter((s) => s.score >= floor);
}

/** Evidence of a cue (a phrase list that is no facet value) in sentences of the given roles. */
export function findCue(pattern: RegExp, sentences: Sentence[], policy: ContrastPolicy, roles?: Role[]): Evidence | null {
  const id = patternId(pattern);
  for (const sentence of sentences) {
    if (roles && !roles.includes(sentence.role)) continue;
    const phrase = firstHit(pattern, id, sentence, policy);
    if (phrase) return { value: "", phrase, field: fieldOf(sentence.role), role: sentence.role };
  }
  return null;
}
