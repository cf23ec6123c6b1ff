import { compilePhrases } from "./phrase";
import { CONTRAST_IN_TITLE, CONTRAST_LOOSE, CONTRAST_OUTSIDE_OWN, CONTRAST_STRICT, CONTRAST_TURNS, EVALUATED_ON, MENTION_AFTER } from "./phrases/mentions";
import type { ContrastPolicy } from "./policy";
import { mayMatch, watchWithin } from "./prefilter";
import type { Sentence } from "./sentences";

const clauseEnd = (words: readonly string[]) => new RegExp(String.raw`\b(?:${words.join("|")})\b([^.;:]{0,40})$`, "i");
const STRICT = clauseEnd(CONTRAST_STRICT);
const OUTSIDE_OWN = clauseEnd(CONTRAST_OUTSIDE_OWN);
const LOOSE = clauseEnd(CONTRAST_LOOSE);
const IN_TITLE = new RegExp(String.raw`\b(?:${CONTRAST_IN_TITLE.join("|")})\b[^:;,]{0,20}$`, "i");
const TURN = compilePhrases(CONTRAST_TURNS, "i")!;
const BEATING = /^(?:outperform|surpass)/i;
const EVALUATION = compilePhrases(EVALUATED_ON, "i")!;
const AFTER = new RegExp(`^(?:${MENTION_AFTER.join("|")})\\b`, "i");
// Tested on the words around a phrase: a sentence without any of their words skips them.
for (const pattern of [STRICT, OUTSIDE_OWN, LOOSE, IN_TITLE, AFTER]) watchWithin(pattern);

/** The pattern's match in a part of the sentence, unless the sentence rules it out. */
const execIn = (pattern: RegExp, sentence: Sentence, part: string) => (mayMatch(pattern, sentence.possible) ? pattern.exec(part) : null);

/** Whether the phrase at [start, end) of a sentence is a mention rather than the paper's subject. */
export function isMention(sentence: Sentence, start: number, end: number, policy: ContrastPolicy): boolean {
  const { text, role } = sentence;
  if (execIn(AFTER, sentence, text.slice(end, end + 30))) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (role === "title") return execIn(IN_TITLE, sentence, before) !== null;
  const contrast =
    execIn(policy === "strict" ? STRICT : LOOSE, sentence, before) ?? (policy === "strict" && role !== "own" ? execIn(OUTSIDE_OWN, sentence, before) : null);
  if (!contrast) return false;
  if (policy === "loose" && BEATING.test(contrast[0]) && EVALUATION.test(contrast[1])) return false;
  return !TURN.test(contrast[1]);
}
