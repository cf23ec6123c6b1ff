import type { Evidence } from "../../paper";

/**
 * One facet value and the phrases that show it. A title hit or a `strong` abstract
 * hit is enough; `weak` phrases need two distinct hits in the abstract.
 */
export interface Rule<V extends string = string> {
  value: V;
  strong?: RegExp[];
  weak?: RegExp[];
  /** Phrases in the title only (e.g. "survey" in a title, but not in the abstract). */
  title?: RegExp[];
}

export interface Text {
  title: string;
  abstract: string;
}

export interface Hit {
  phrase: string;
  field: "title" | "abstract";
  strong: boolean;
}

// What stands just before a phrase and makes it a mention rather than the paper's
// own subject: "unlike linear attention, we …", "compared with MoE baselines".
const CONTRAST_BEFORE =
  /\b(unlike|compared (?:to|with)|in contrast to|contrary to|rather than|instead of|than|over|outperform\w*|surpass\w*|beat\w*|relative to|versus|vs\.?|replac\w*|without|previous|prior|existing|conventional|traditional|vanilla|standard|typical|such as|e\.g\.?,?|like|inspired by|borrow\w* from|tailored from|adapted from|recent|popular|ubiquitous|dominant|successful|success of|advent of|emergence of|rise of|in (?:the )?(?:era|age) of)\b[^.;]{0,40}$/i;
const CONTRAST_AFTER = /^[\w\s-]{0,25}\b(baselines?|counterparts?|competitors|-free|free)\b/i;

export type ContrastPolicy = "strict" | "loose";

function isMention(text: string, start: number, end: number, policy: ContrastPolicy): boolean {
  const sentenceStart = Math.max(text.lastIndexOf(". ", start), text.lastIndexOf("; ", start), 0);
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  const after = text.slice(end, end + 30);
  if (CONTRAST_AFTER.test(after)) return true;
  if (policy === "loose") return /\b(unlike|in contrast to|rather than|instead of|compared (?:to|with))\b[^.;]{0,40}$/i.test(before);
  return CONTRAST_BEFORE.test(before);
}

export function findHits(patterns: RegExp[] | undefined, text: string, field: Hit["field"], strong: boolean, policy: ContrastPolicy): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of patterns ?? []) {
    const global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g");
    for (const m of text.matchAll(global)) {
      const start = m.index;
      const end = start + m[0].length;
      if (field === "abstract" && isMention(text, start, end, policy)) continue;
      hits.push({ phrase: m[0], field, strong });
    }
  }
  return hits;
}

/** Evidence for a rule, or null when the text does not show its value. */
export function applyRule(rule: Rule, text: Text, policy: ContrastPolicy): Evidence | null {
  const titleHits = [
    ...findHits(rule.title, text.title, "title", true, policy),
    ...findHits(rule.strong, text.title, "title", true, policy),
    ...findHits(rule.weak, text.title, "title", true, policy),
  ];
  if (titleHits.length) return { value: rule.value, phrase: titleHits[0].phrase, field: "title" };
  const strong = findHits(rule.strong, text.abstract, "abstract", true, policy);
  if (strong.length) return { value: rule.value, phrase: strong[0].phrase, field: "abstract" };
  const weak = findHits(rule.weak, text.abstract, "abstract", false, policy);
  const distinct = new Set(weak.map((h) => h.phrase.toLowerCase()));
  if (weak.length >= 2 && (distinct.size >= 2 || weak.length >= 3)) {
    return { value: rule.value, phrase: weak[0].phrase, field: "abstract" };
  }
  return null;
}
