import { compilePhrases } from "./phrase";
import { CONTRAST_IN_TITLE, CONTRAST_LOOSE, CONTRAST_OUTSIDE_OWN, CONTRAST_STRICT, CONTRAST_TURNS, EVALUATED_ON, MENTION_AFTER } from "./phrases/mentions";
import type { ContrastPolicy } from "./policy";
import { mayMatchId, patternId, watchWithin } from "./prefilter";
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
const [STRICT_ID, OUTSIDE_OWN_ID, LOOSE_ID, IN_TITLE_ID, AFTER_ID] = [STRICT, OUTSIDE_OWN, LOOSE, IN_TITLE, AFTER].map(patternId);

/**
 * The pattern's match in text[from, to), unless the sentence rules it out: the part is cut out only
 * for a pattern the sentence may match (most phrases are tested against none of these).
 */
const execIn = (pattern: RegExp, id: number, sentence: Sentence, from: number, to: number) =>
  mayMatchId(id, sentence.possible) ? pattern.exec(sentence.text.slice(from, to)) : null;

/** Whether the phrase at [start, end) of a sentence is a mention rather than the paper's subject. */
export function isMention(sentence: Sentence, start: number, end: number, policy: ContrastPolicy): boolean {
  const { role } = sentence;
  if (execIn(AFTER, AFTER_ID, sentence, end, end + 30)) return true;
  const from = Math.max(0, start - 60);
  if (role === "title") return execIn(IN_TITLE, IN_TITLE_ID, sentence, from, start) !== null;
  const contrast =
    (policy === "strict" ? execIn(STRICT, STRICT_ID, sentence, from, start) : execIn(LOOSE, LOOSE_ID, sentence, from, start)) ??
    (policy === "strict" && role !== "own" ? execIn(OUTSIDE_OWN, OUTSIDE_OWN_ID, sentence, from, start) : null);
  if (!contrast) return false;
  if (policy === "loose" && BEATING.test(contrast[0]) && EVALUATION.test(contrast[1])) return false;
  return !TURN.test(contrast[1]);
}
