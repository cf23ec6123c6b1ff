import type { FacetName } from "../../../taxonomy";
import type { ReadSentence, Scored } from "../score";
import type { Role } from "../sentences";

export type RoleHits = Record<FacetName, Map<string, Partial<Record<Role, number>>>>;

// Function words carry no facet; dropping them keeps the weight file small.
export const STOP = new Set(
  "a an the of to in on for and or with by from as at is are was were be been this that these those it its we our us their which can via into than over under using based also both such not".split(
    " ",
  ),
);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The length (1, or 2 for a surrogate pair) of the letter or digit starting at `i`, or 0. */
function wordCharAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  const point = text.codePointAt(i)!;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(point)) ? (point > 0xffff ? 2 : 1) : 0;
}

/**
 * The words of a text as `/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/gu` finds them in its lower case, function
 * words left out. Read by char codes: the regex and the filtered array of its matches were a tenth
 * of the classifier's time.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const n = lower.length;
  for (let at = 0; at < n;) {
    let width = wordCharAt(lower, at);
    if (!width) {
      at++;
      continue;
    }
    const start = at;
    for (;;) {
      while (width) {
        at += width;
        width = at < n ? wordCharAt(lower, at) : 0;
      }
      // A hyphen joins two runs of letters and digits into one word.
      if (at + 1 < n && lower.charCodeAt(at) === 45 && (width = wordCharAt(lower, at + 1))) at++;
      else break;
    }
    const word = lower.slice(start, at);
    if (!STOP.has(word)) words.push(word);
  }
  return words;
}

/** Which text features a sentence gives: the title's ("t:"), background's ("b:", words only) or the rest's ("a:"). */
export const textPrefixOf = (role: Role) => (role === "title" ? "t:" : role === "background" || role === "prior" ? "b:" : "a:");

/**
 * What the learned layer reads of a paper: words and word pairs of the title ("t:") and of
 * the sentences about its own work and experiments ("a:"), words of background sentences
 * ("b:"), every value the phrase rules and the lexicon scored ("r:facet:value"), and how
 * strongly each value was named in sentences of each role ("h:facet:value:role"), so the
 * weights can learn per value what the policy's role weights say for all values at once.
 * Training reads this; applying a model reads the same features through its compiled form (model.ts).
 */
export function featuresOf(sentences: ReadSentence[], found: Record<FacetName, Scored[]>, hits?: RoleHits): Map<string, number> {
  const features = new Map<string, number>();
  for (const s of sentences) {
    const prefix = textPrefixOf(s.role);
    const ws = wordsOf(s.text);
    for (let i = 0; i < ws.length; i++) {
      features.set(prefix + ws[i], 1);
      if (prefix !== "b:" && i > 0) features.set(`${prefix}${ws[i - 1]} ${ws[i]}`, 1);
    }
  }
  for (const [facet, scored] of Object.entries(found)) {
    for (const s of scored) features.set(`r:${facet}:${s.evidence.value}`, Math.min(3, s.score));
  }
  for (const [facet, byValue] of Object.entries(hits ?? {})) {
    for (const [value, roles] of byValue) for (const [role, strength] of Object.entries(roles)) features.set(`h:${facet}:${value}:${role}`, strength);
  }
  return features;
}

/** The words behind a feature, for evidence: "t:shifted window" → "shifted window". */
export const phraseOf = (feature: string) => feature.slice(2);
export const isTextFeature = (feature: string) => /^[tab]:/.test(feature);
