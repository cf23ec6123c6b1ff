import { compilePhrases } from "./phrase";
import { mayMatchId, patternId, possiblePatterns, type PossiblePatterns } from "./prefilter";
import { BACKGROUND_CUES, EXPERIMENT_CUES, OWN_WORK_CUES, PRIOR_WORK_CUES, PROPOSAL_CUES } from "./phrases/roles";

/**
 * What a sentence talks about. The labelling conventions say which roles may add which
 * facets (benchmarks in the experiments add no domain; tasks named only in the
 * background add no task): policy.ts weighs each role per facet.
 */
export const ROLES = ["title", "own", "detail", "experiments", "background", "prior"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  title: "title",
  own: "the paper's own work",
  detail: "a description of the method",
  experiments: "the experiments",
  background: "background",
  prior: "prior work",
};

export interface Sentence {
  text: string;
  role: Role;
  /** The phrase patterns that may match it, found in one pass (prefilter.ts). */
  possible: PossiblePatterns;
}

export interface Text {
  title: string;
  abstract: string;
}

const OWN = compilePhrases(OWN_WORK_CUES, "i")!;
const PROPOSAL = compilePhrases(PROPOSAL_CUES, "i")!;
const EXPERIMENTS = compilePhrases(EXPERIMENT_CUES, "i")!;
const BACKGROUND = compilePhrases(BACKGROUND_CUES, "i")!;
const PRIOR = compilePhrases(PRIOR_WORK_CUES, "i")!;
const [OWN_ID, PROPOSAL_ID, EXPERIMENTS_ID, BACKGROUND_ID, PRIOR_ID] = [OWN, PROPOSAL, EXPERIMENTS, BACKGROUND, PRIOR].map(patternId);

/** Whether the sentence has the cue (watched as `id`), skipping its scan where the prefilter rules it out. */
const says = (sentence: string, possible: PossiblePatterns, cue: RegExp, id: number) => mayMatchId(id, possible) && cue.test(sentence);

export function roleOf(sentence: string, index: number, possible = possiblePatterns(sentence)): Role {
  const own = says(sentence, possible, OWN, OWN_ID);
  if (own) return says(sentence, possible, EXPERIMENTS, EXPERIMENTS_ID) && !says(sentence, possible, PROPOSAL, PROPOSAL_ID) ? "experiments" : "own";
  if (says(sentence, possible, PRIOR, PRIOR_ID)) return "prior";
  if (says(sentence, possible, EXPERIMENTS, EXPERIMENTS_ID)) return "experiments";
  if (index === 0 || says(sentence, possible, BACKGROUND, BACKGROUND_ID)) return "background";
  return "detail";
}

function sentence(text: string, index: number): Sentence {
  const possible = possiblePatterns(text);
  return { text, role: roleOf(text, index, possible), possible };
}

const SPACE = /\s/;
const isSpace = (code: number) => (code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(String.fromCharCode(code)));
const endsSentence = (code: number) => code === 46 || code === 33 || code === 63;
const startsSentence = (code: number) => (code >= 65 && code <= 90) || code === 40;

/**
 * The abstract split where `/(?<=[.!?])\s+(?=[A-Z(])/` would split it: at the white space after a
 * full stop, "!" or "?" that a capital or "(" follows. A loop rather than that look-behind, which
 * the regex engine tried at every character.
 */
function splitSentences(abstract: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let at = 1; at < abstract.length; at++) {
    if (!endsSentence(abstract.charCodeAt(at - 1))) continue;
    let end = at;
    while (end < abstract.length && isSpace(abstract.charCodeAt(end))) end++;
    if (end === at || end === abstract.length || !startsSentence(abstract.charCodeAt(end))) continue;
    parts.push(abstract.slice(from, at));
    from = end;
    at = end;
  }
  parts.push(abstract.slice(from));
  return parts;
}

/** Whether the text is white space only (what `trim()` leaves empty), without making the trimmed copy. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

export function sentencesOf(text: Text): Sentence[] {
  const sentences: Sentence[] = [{ text: text.title, role: "title", possible: possiblePatterns(text.title) }];
  let index = 0;
  for (const part of splitSentences(text.abstract)) if (!isBlank(part)) sentences.push(sentence(part, index++));
  return sentences;
}
