/**
 * Which phrase patterns can match in a sentence, found in one pass over it instead of one regex
 * scan per pattern (scanning every rule's pattern over every sentence was most of the
 * classifier's time, though most patterns match in none). At load, each watched pattern is
 * reduced to literal strings one of which any match must contain (literals.ts); one Aho-Corasick
 * automaton over all of them then marks, per sentence, the patterns whose literals occur. A
 * pattern left unmarked cannot match, so its scan is skipped; a marked one is scanned as before,
 * so what the classifier finds is unchanged.
 */

import { BOUNDARY_MARK, isWordCode, phraseLiterals, requiredLiterals } from "./literals";

const NON_ASCII_CODE = 128;
const unique = <T>(items: T[]) => [...new Set(items)];

interface Automaton {
  /** The alphabet class of each lowercased ASCII code and of NON_ASCII_CODE (0: in no literal). */
  classOf: Uint8Array;
  /** 1 for the codes of word characters (`\w`), as `\b` sees them. */
  wordOf: Uint8Array;
  /** The class of a word boundary. */
  mark: number;
  /**
   * One row per state: the next state's row offset for each class, negated when that state has
   * outputs (the patterns whose literal ends there), then where its outputs start and end in outIds.
   * The sign saves reading the output columns, another cache line, at every character.
   */
  next: Int32Array;
  /** The offset in a row of its outputs' start (its end follows). */
  out: number;
  outIds: Int32Array;
  /** Marks of the patterns with no required literal, which may match any sentence. */
  always: Uint8Array;
}

const patterns = new Map<RegExp, number>();
const literalsById: (string[] | null)[] = [];
let automaton: Automaton | null = null;

function watch(pattern: RegExp, literals: () => (string[] | null)[]): void {
  if (patterns.has(pattern)) return;
  // With the u or v flag, \w and case-insensitive letters reach beyond ASCII.
  const each = /[uv]/.test(pattern.flags) ? [null] : literals();
  patterns.set(pattern, literalsById.length);
  literalsById.push(each.some((l) => l === null) ? null : unique(each.flat() as string[]));
  automaton = null;
}

/**
 * Makes a pattern skippable on sentences it cannot match: `pattern` is the phrases as one
 * alternation of whole words (compilePhrases). A pattern never watched is always scanned.
 */
export const watchPhrases = (pattern: RegExp, phrases: readonly string[]) => watch(pattern, () => phrases.map(phraseLiterals));

/** Makes a pattern tested on parts of a sentence (the words around a phrase) skippable when the whole sentence rules it out. */
export const watchWithin = (pattern: RegExp) => watch(pattern, () => [requiredLiterals(pattern.source, true)]);

function build(): Automaton {
  const classOf = new Uint8Array(NON_ASCII_CODE + 1);
  const mark = 1;
  let width = 2;
  const classFor = (c: string) => {
    if (c === BOUNDARY_MARK) return mark;
    const code = c.charCodeAt(0);
    // The scan folds case: a literal's letters are lowercase, the text's uppercase letters share their class.
    if (!classOf[code]) classOf[code] = width++;
    if (code >= 97 && code <= 122) classOf[code - 32] = classOf[code];
    return classOf[code];
  };
  // The trie, with each state's children by class.
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const always = new Uint8Array(literalsById.length);
  literalsById.forEach((literals, id) => {
    if (!literals) {
      always[id] = 1;
      return;
    }
    for (const literal of literals) {
      let state = 0;
      for (const c of literal) {
        const cls = classFor(c);
        let child = children[state].get(cls);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          own.push([]);
          children[state].set(cls, child);
        }
        state = child;
      }
      own[state].push(id);
    }
  });
  // Breadth first: each state's failure link and full transition row, and its outputs merged with its failure's.
  const stride = width + 2;
  const nextState = new Int32Array(children.length * width);
  const outputs: number[][] = own.map(() => []);
  const fail = new Int32Array(children.length);
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    outputs[state] = unique([...own[state], ...(state ? outputs[fail[state]] : [])]);
    for (let cls = 1; cls < width; cls++) {
      const child = children[state].get(cls);
      // Where the longest proper suffix of this state's string goes on the same class.
      const fallback = state ? nextState[fail[state] * width + cls] : 0;
      if (child === undefined) nextState[state * width + cls] = fallback;
      else {
        nextState[state * width + cls] = child;
        fail[child] = fallback;
        queue.push(child);
      }
    }
  }
  const next = new Int32Array(children.length * stride);
  let start = 0;
  outputs.forEach((ids, state) => {
    for (let cls = 1; cls < width; cls++) {
      const to = nextState[state * width + cls];
      next[state * stride + cls] = outputs[to].length ? -to * stride : to * stride;
    }
    next[state * stride + width] = start;
    next[state * stride + width + 1] = start += ids.length;
  });
  const wordOf = new Uint8Array(NON_ASCII_CODE + 1);
  for (let code = 0; code < NON_ASCII_CODE; code++) wordOf[code] = isWordCode(code) ? 1 : 0;
  return { classOf, wordOf, mark, next, out: width, outIds: Int32Array.from(outputs.flat()), always };
}

/** Per watched pattern (by id), 1 where it may match the text; patterns watched later are not in it. */
export type PossiblePatterns = Uint8Array;

/** Marks the patterns whose literal ends at the state of this row; the row again. */
function emit({ next, out, outIds }: Automaton, row: number, marks: Uint8Array): number {
  for (let o = next[row + out], end = next[row + out + 1]; o < end; o++) marks[outIds[o]] = 1;
  return row;
}

/** One pass over the text: the patterns whose required literals it contains. */
export function possiblePatterns(text: string): PossiblePatterns {
  const a = (automaton ??= build());
  const marks = a.always.slice();
  const { classOf, wordOf, mark, next } = a;
  let state = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < NON_ASCII_CODE ? code : NON_ASCII_CODE;
    if (wordOf[c] !== inWord) {
      inWord ^= 1;
      state = next[state + mark];
      if (state < 0) state = emit(a, -state, marks);
    }
    state = next[state + classOf[c]];
    if (state < 0) state = emit(a, -state, marks);
  }
  // The boundary after a final word.
  if (inWord && next[state + mark] < 0) emit(a, -next[state + mark], marks);
  return marks;
}

/** A watched pattern's id, or -1: what hot loops check `possible` with, instead of looking the pattern up each time. */
export const patternId = (pattern: RegExp): number => patterns.get(pattern) ?? -1;

/** Whether the pattern of this id can match the text `possible` was found in: false only when it certainly cannot. */
export const mayMatchId = (id: number, possible: PossiblePatterns): boolean => id < 0 || id >= possible.length || possible[id] === 1;

export const mayMatch = (pattern: RegExp, possible: PossiblePatterns): boolean => mayMatchId(patternId(pattern), possible);

/** Every watched pattern, for checks that the prefilter never rules out a match. */
export const watchedPatterns = (): RegExp[] => [...patterns.keys()];
