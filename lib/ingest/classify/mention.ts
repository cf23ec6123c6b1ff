import { compilePhrases } from "./phrase";
import { CONTRAST_IN_TITLE, CONTRAST_LOOSE, CONTRAST_OUTSIDE_OWN, CONTRAST_STRICT, CONTRAST_TURNS, EVALUATED_ON, MENTION_AFTER } from "./phrases/mentions";
import type { ContrastPolicy } from "./policy";
import type { Role } from "./sentences";

const clauseEnd = (words: readonly string[]) => new RegExp(String.raw`\b(?:${words.join("|")})\b([^.;:]{0,40})$`, "i");
const STRICT = clauseEnd(CONTRAST_STRICT);
const OUTSIDE_OWN = clauseEnd(CONTRAST_OUTSIDE_OWN);
const LOOSE = clauseEnd(CONTRAST_LOOSE);
const IN_TITLE = new RegExp(String.raw`\b(?:${CONTRAST_IN_TITLE.join("|")})\b[^:;,]{0,20}$`, "i");
const TURN = compilePhrases(CONTRAST_TURNS, "i")!;
const BEATING = /^(?:outperform|surpass)/i;
const EVALUATION = compilePhrases(EVALUATED_ON, "i")!;
const AFTER = new RegExp(`^(?:${MENTION_AFTER.join("|")})\\b`, "i");

/** Whether the phrase at [start, end) of a sentence is a mention rather than the paper's subject. */
export function isMention(sentence: string, start: number, end: number, policy: ContrastPolicy, role: Role): boolean {
  if (AFTER.test(sentence.slice(end, end + 30))) return true;
  const before = sentence.slice(Math.max(0, start - 60), start);
  if (role === "title") return IN_TITLE.test(before);
  const contrast = (policy === "strict" ? STRICT : LOOSE).exec(before) ?? (policy === "strict" && role !== "own" ? OUTSIDE_OWN.exec(before) : null);
  if (!contrast) return false;
  if (policy === "loose" && BEATING.test(contrast[0]) && EVALUATION.test(contrast[1])) return false;
  return !TURN.test(contrast[1]);
}
