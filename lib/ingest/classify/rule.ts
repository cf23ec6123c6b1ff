import type { Evidence } from "../../paper";

/**
 * One facet value and the phrases that show it. `title` phrases count only in
 * the title; `strong` and `weak` count anywhere, weak ones at a third of the weight.
 */
export interface Rule<V extends string = string> {
  value: V;
  strong?: RegExp[];
  weak?: RegExp[];
  title?: RegExp[];
  /** Score needed for the value (default 1: one hit in a sentence about the paper's own work). */
  min?: number;
}

export interface Text {
  title: string;
  abstract: string;
}

export interface Scored {
  evidence: Evidence;
  score: number;
}

export interface Sentence {
  text: string;
  weight: number;
}

// A sentence about the paper's own work weighs 1; the opening "Transformers have
// achieved remarkable success in NLP and vision" kind of sentence weighs little,
// because it describes the field, not the paper.
const OWN_WORK = /\b(we|our|ours|this (?:paper|work|study|thesis|survey|article|tutorial|review)|here|the proposed|in this)\b/i;
const BACKGROUND =
  /\b(recent(?:ly)?|success\w*|have (?:been|become|achieved|shown|demonstrated|emerged)|has (?:been|become|achieved|shown|demonstrated|emerged)|dominat\w*|popular\w*|widely|remarkabl\w*|prevalent|ubiquitous|tremendous|impressive|revolutioni[sz]\w*|state-of-the-art (?:in|across)|however)\b/i;
const TITLE_WEIGHT = 3;

export function sentencesOf(text: Text): Sentence[] {
  const parts = text.abstract.split(/(?<=[.!?])\s+(?=[A-Z(])/);
  return [
    { text: text.title, weight: TITLE_WEIGHT },
    ...parts.map((part, i) => ({
      text: part,
      weight: OWN_WORK.test(part) ? 1 : i === 0 || BACKGROUND.test(part) ? 0.3 : 0.6,
    })),
  ];
}

// What stands just before a phrase and makes it a mention rather than the paper's
// own subject: "unlike linear attention, we …", "compared with MoE baselines".
const CONTRAST_STRICT =
  /\b(unlike|compared (?:to|with)|in contrast to|contrary to|rather than|instead of|than|outperform\w*|surpass\w*|beat\w*|relative to|versus|vs\.?|replac\w*|without|previous|prior|existing|conventional|traditional|vanilla|such as|e\.g\.?,?|inspired by|borrow\w* from|adapted from|alternative to|alternatives to)\b[^.;:]{0,40}$/i;
const CONTRAST_LOOSE =
  /\b(unlike|in contrast to|rather than|instead of|compared (?:to|with)|outperform\w*|surpass\w*|inspired by|alternative to)\b[^.;:]{0,30}$/i;
const CONTRAST_AFTER = /^[\w\s-]{0,25}\b(baselines?|counterparts?|competitors)\b|^-free\b|^\s+free\b/i;

export type ContrastPolicy = "strict" | "loose";

function isMention(sentence: string, start: number, end: number, policy: ContrastPolicy): boolean {
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (CONTRAST_AFTER.test(sentence.slice(end, end + 30))) return true;
  return (policy === "strict" ? CONTRAST_STRICT : CONTRAST_LOOSE).test(before);
}

// matchAll needs the g flag; the tables are written without it, so compile each once.
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalVersion(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    GLOBAL.set(pattern, global);
  }
  return global;
}

function firstHit(patterns: RegExp[] | undefined, sentence: string, policy: ContrastPolicy, isTitle: boolean): string | null {
  for (const pattern of patterns ?? []) {
    for (const m of sentence.matchAll(globalVersion(pattern))) {
      if (!isTitle && isMention(sentence, m.index, m.index + m[0].length, policy)) continue;
      return m[0];
    }
  }
  return null;
}

/** Scores a rule over the title and each sentence; each sentence counts once. */
export function scoreRule(rule: Rule, sentences: Sentence[], policy: ContrastPolicy): Scored | null {
  let score = 0;
  let best: { phrase: string; weight: number; field: Evidence["field"] } | null = null;
  sentences.forEach((sentence, i) => {
    const isTitle = i === 0;
    const strong = firstHit(isTitle ? [...(rule.title ?? []), ...(rule.strong ?? [])] : rule.strong, sentence.text, policy, isTitle);
    const weak = strong ? null : firstHit(rule.weak, sentence.text, policy, isTitle);
    const phrase = strong ?? weak;
    if (!phrase) return;
    const weight = sentence.weight * (strong ? 1 : 1 / 3);
    score += weight;
    if (!best || weight > best.weight) best = { phrase, weight, field: isTitle ? "title" : "abstract" };
  });
  const found = best as { phrase: string; weight: number; field: Evidence["field"] } | null;
  if (!found || score < (rule.min ?? 1)) return null;
  return { evidence: { value: rule.value, phrase: found.phrase, field: found.field }, score };
}

/** Evidence of a single pattern anywhere in the text (for cues that are not facet values). */
export function findCue(pattern: RegExp, text: Text, policy: ContrastPolicy): Evidence | null {
  const scored = scoreRule({ value: "", strong: [pattern], min: 0.01 }, sentencesOf(text), policy);
  return scored?.evidence ?? null;
}

/** Gives every rule of a table the same minimum score, unless a rule sets its own. */
export function withMin<V extends string>(min: number, rules: Rule<V>[]): Rule<V>[] {
  return rules.map((rule) => ({ min, ...rule }));
}
