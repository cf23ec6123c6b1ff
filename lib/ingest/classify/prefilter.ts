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

const MARK_CODE = 129;
const NON_ASCII_CODE = 128;
const unique = <T>(items: T[]) => [...new Set(items)];

interface Automaton {
  /** The alphabet class of each lowercased ASCII code, of NON_ASCII_CODE and of MARK_CODE (0: in no literal). */
  classOf: Uint8Array;
  width: number;
  next: Int32Array;
  /** The patterns whose literal ends at each state, as [outStart[s], outStart[s + 1]) of outIds. */
  outStart: Int32Array;
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
  const classOf = new Uint8Array(130);
  let width = 1;
  const classFor = (c: string) => {
    const code = c === BOUNDARY_MARK ? MARK_CODE : c.charCodeAt(0);
    if (!classOf[code]) classOf[code] = width++;
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
  const next = new Int32Array(children.length * width);
  const outputs: number[][] = own.map(() => []);
  const fail = new Int32Array(children.length);
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    outputs[state] = unique([...own[state], ...(state ? outputs[fail[state]] : [])]);
    for (let cls = 1; cls < width; cls++) {
      const child = children[state].get(cls);
      const fallback = state ? next[fail[state] * width + cls] : 0;
      if (child === undefined) next[state * width + cls] = fallback;
      else {
        next[state * width + cls] = child;
        fail[child] = fallback;
        queue.push(child);
      }
    }
  }
  const outStart = new Int32Array(children.length + 1);
  outputs.forEach((ids, s) => (outStart[s + 1] = outStart[s] + ids.length));
  return { classOf, width, next, outStart, outIds: Int32Array.from(outputs.flat()), always };
}

/** Per watched pattern (by id), 1 where it may match the text; patterns watched later are not in it. */
export type PossiblePatterns = Uint8Array;

/** One pass over the text: the patterns whose required literals it contains. */
export function possiblePatterns(text: string): PossiblePatterns {
  const a = (automaton ??= build());
  const marks = a.always.slice();
  const { classOf, width, next, outStart, outIds } = a;
  let state = 0;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    const word = isWordCode(code);
    if (word !== inWord) {
      state = next[state * width + classOf[MARK_CODE]];
      for (let o = outStart[state]; o < outStart[state + 1]; o++) marks[outIds[o]] = 1;
      inWord = word;
    }
    if (code < 0) break;
    const cls = classOf[code < 128 ? (code >= 65 && code <= 90 ? code + 32 : code) : NON_ASCII_CODE];
    state = next[state * width + cls];
    for (let o = outStart[state]; o < outStart[state + 1]; o++) marks[outIds[o]] = 1;
  }
  return marks;
}

/** Whether the pattern can match the text `possible` was found in: false only when it certainly cannot. */
export function mayMatch(pattern: RegExp, possible: PossiblePatterns): boolean {
  const id = patterns.get(pattern);
  return id === undefined || id >= possible.length || possible[id] === 1;
}

/** Every watched pattern, for checks that the prefilter never rules out a match. */
export const watchedPatterns = (): RegExp[] => [...patterns.keys()];
