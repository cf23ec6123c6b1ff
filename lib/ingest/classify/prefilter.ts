/**
 * Which phrase patterns can match in a sentence, found in one pass over it instead of one regex
 * scan per pattern (scanning every rule's pattern over every sentence was most of the
 * classifier's time, though most patterns match in none). At load, each watched pattern is
 * reduced to literal strings one of which any match must contain (literals.ts); one Aho-Corasick
 * automaton over all of them then marks, per sentence, the patterns whose literals occur. A
 * pattern left unmarked cannot match, so its scan is skipped; a marked one is scanned as before,
 * so what the classifier finds is unchanged.
 */

import { BOUNDARY_MARK, isWordCode, phraseLiteralSets, requiredLiteralSets } from "./literals";

const NON_ASCII_CODE = 128;
// Marks are kept 16 to a number: small integers stay unboxed, a short array is far cheaper to make
// than a typed one (allocating a Uint8Array per sentence cost as much as scanning it), and a power
// of two finds a bit by shifting.
const BITS = 16;
const WORD_SHIFT = 4;
// The alphabet's first classes: characters in no literal, word or not (a `\b` tells them apart), and the boundary.
const OTHER = 0;
const OTHER_WORD = 1;
const MARK = 2;
const unique = <T>(items: T[]) => [...new Set(items)];
// States with a full row of transitions (Automaton.dense): with 128 to 1,024 the classifier ran 12–15 %
// faster than with a full row for every state (measured beside each other in one process).
const SHALLOW = 512;
// Characters by how often they occur in English prose, most often first.
const FREQUENT = " etaoinsrhldcumfpgwybv,.k-x()jqz0123456789:;'/";

/** Per watched pattern (by id), a bit where it may match the text; patterns watched later are not in it. */
export type PossiblePatterns = number[];

interface Automaton {
  /** The alphabet class of each ASCII code, uppercase as lowercase, and of NON_ASCII_CODE. */
  classOf: Uint8Array;
  width: number;
  /**
   * The trie's states, numbered breadth first, are taken in two ways. The first SHALLOW states,
   * where the scan spends most of its steps, have a full row of transitions: per class, the next
   * state (`dense`). A deeper state has only its children (`childStart`, `childClass`, `childTo`);
   * on any other class the scan follows its failure link (`failure`: the state of the longest proper
   * suffix of its string) until a state has that child or a full row, as Aho-Corasick's goto and
   * failure functions do, with the same states reached. A full table of 20,000 states (4 MB, one
   * row each) made every step wait on a load the rest of the classifier had pushed out of the cache;
   * this one is about 100 KB of rows and 300 KB of children and links, and a step from a deep state most
   * often ends in one or two looks at its children.
   */
  dense: Int32Array;
  /** How many states have a row of `dense`. */
  shallow: number;
  failure: Int32Array;
  childStart: Int32Array;
  childClass: Uint8Array;
  childTo: Int32Array;
  /** Per state, 1 when a literal ends there (its outputs are not empty). */
  emits: Uint8Array;
  /** Per class, 1 for word characters. */
  wordClass: Uint8Array;
  /**
   * Per trie state, the patterns whose literal ends there: [outStart[s], outStart[s + 1]) of outWord
   * and outBit. A negative outWord (~w) is word w of the scan's own marks, for the sets of literals
   * that count only together (`all`).
   */
  outStart: Int32Array;
  outWord: Int32Array;
  outBit: Int32Array;
  /** The patterns with no required literal, which may match any text; and every id past the last watched. */
  always: number[];
  /** Per pattern that may match where one literal of each of several sets occurs: its word and bit, and each set's in the scan's own marks. */
  all: { word: number; bit: number; sets: { word: number; bit: number }[] }[];
  /** The scan's own marks, one per set of `all`, cleared for each text. */
  own: Int32Array;
}

/** What a pattern's match needs: any of several conjunctions, each one literal of every set it holds (null: nothing known). */
type Needs = (string[][] | null)[];

const patterns = new Map<RegExp, number>();
const needsById: (Needs | null)[] = [];
let automaton: Automaton | null = null;
// A second set of literals is worth its check per text only when the first lets common words through.
const WEAK_FIRST = 12;
// How selective a literal is: its characters, a boundary counting half (as literals.ts weighs them).
const strength = (literal: string) => [...literal].reduce((sum, c) => sum + (c === BOUNDARY_MARK ? 1 : 2), 0);
const weakest = (literals: string[]) => Math.min(...literals.map(strength));

function watch(pattern: RegExp, needs: () => Needs): void {
  if (patterns.has(pattern)) return;
  // With the u or v flag, \w and case-insensitive letters reach beyond ASCII.
  const each = /[uv]/.test(pattern.flags) ? [null] : needs();
  patterns.set(pattern, needsById.length);
  needsById.push(each.some((l) => l === null) ? null : each);
  automaton = null;
}

/** The sets of literals kept for a conjunction: the first, and the strongest other when the first is weak. */
function kept(sets: string[][]): string[][] {
  if (sets.length < 2 || weakest(sets[0]) > WEAK_FIRST) return [sets[0]];
  const other = sets.slice(1).reduce((best, set) => (weakest(set) > weakest(best) ? set : best));
  return weakest(other) > WEAK_FIRST / 2 ? [sets[0], other] : [sets[0]];
}

/**
 * Makes a pattern skippable on sentences it cannot match: `pattern` is the phrases as one
 * alternation of whole words (compilePhrases). A pattern never watched is always scanned.
 */
export const watchPhrases = (pattern: RegExp, phrases: readonly string[]) => watch(pattern, () => phrases.map(phraseLiteralSets));

/** Makes a pattern tested on whole sentences skippable on those it cannot match. */
export const watchPattern = (pattern: RegExp) => watch(pattern, () => [requiredLiteralSets(pattern.source)]);

/** Makes a pattern tested on parts of a sentence (the words around a phrase) skippable when the whole sentence rules it out. */
export const watchWithin = (pattern: RegExp) => watch(pattern, () => [requiredLiteralSets(pattern.source, true)]);

/** Builds the automaton now, after the patterns are watched at load, so that the first sentence does not pay for it. */
export function prepareScan(): void {
  automaton ??= build();
}

/** The trie of every literal, its failure links and transitions (Aho-Corasick), and the scan's table. */
function build(): Automaton {
  const classOf = new Uint8Array(NON_ASCII_CODE + 1);
  for (let code = 0; code < NON_ASCII_CODE; code++) classOf[code] = isWordCode(code) ? OTHER_WORD : OTHER;
  const wordOfClass = [0, 1, 0];
  let width = MARK + 1;
  const classFor = (c: string) => {
    if (c === BOUNDARY_MARK) return MARK;
    const code = c.charCodeAt(0);
    // The scan folds case: a literal's letters are lowercase, the text's uppercase letters share their class.
    if (classOf[code] <= OTHER_WORD) {
      wordOfClass[width] = isWordCode(code) ? 1 : 0;
      classOf[code] = width++;
    }
    if (code >= 97 && code <= 122) classOf[code - 32] = classOf[code];
    return classOf[code];
  };
  const children: Map<number, number>[] = [new Map()];
  const own: number[][] = [[]];
  const ids = needsById.length;
  const always = Array.from({ length: Math.ceil((ids + 1) / BITS) }, () => 0);
  const setBit = (id: number) => (always[id >> WORD_SHIFT] |= 1 << (id & (BITS - 1)));
  for (let id = ids; id < always.length * BITS; id++) setBit(id);
  // Literals by the id they mark: a pattern's own, or (~k) the k-th set of a conjunction, marked apart.
  const literalsById = new Map<number, string[]>();
  const all: Automaton["all"] = [];
  let sets = 0;
  needsById.forEach((needs, id) => {
    if (!needs) return setBit(id);
    for (const conjunction of needs.map((n) => kept(n!))) {
      if (conjunction.length === 1) {
        literalsById.set(id, unique([...(literalsById.get(id) ?? []), ...conjunction[0]]));
        continue;
      }
      all.push({
        word: id >> WORD_SHIFT,
        bit: 1 << (id & (BITS - 1)),
        sets: conjunction.map((literals) => {
          const k = sets++;
          literalsById.set(~k, literals);
          return { word: k >> WORD_SHIFT, bit: 1 << (k & (BITS - 1)) };
        }),
      });
    }
  });
  // A literal holding another of the same id marks nothing the other does not: a third of the trie's states.
  for (const [id, literals] of literalsById)
    literalsById.set(
      id,
      literals.filter((l) => !literals.some((o) => o !== l && l.includes(o))),
    );
  // Classes in the order of how often English text has their characters, so that the steps of a
  // row the scan takes most share one or two cache lines of it.
  const frequency = (c: string) => (FREQUENT.includes(c) ? FREQUENT.indexOf(c) : FREQUENT.length + c.charCodeAt(0));
  for (const c of unique([...literalsById.values()].flat().flatMap((l) => [...l])).sort((x, y) => frequency(x) - frequency(y))) classFor(c);
  for (const [id, literals] of literalsById) {
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
  }
  // Breadth first, each state's row of transitions starts as its failure's (the longest proper
  // suffix of its string that is a trie state), then takes its own children.
  const states = children.length;
  const delta = new Int32Array(states * width);
  const outputs: number[][] = own.map(() => []);
  const fail = new Int32Array(states);
  const queue = [0];
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q];
    if (state) delta.copyWithin(state * width, fail[state] * width, fail[state] * width + width);
    outputs[state] = unique([...own[state], ...(state ? outputs[fail[state]] : [])]);
    for (const [cls, child] of children[state]) {
      fail[child] = state ? delta[state * width + cls] : 0;
      delta[state * width + cls] = child;
      queue.push(child);
    }
  }
  // States numbered breadth first (the root 0): the shallow ones, where the scan spends most steps, get full rows.
  const rank = new Int32Array(states);
  queue.forEach((state, i) => (rank[state] = i));
  const shallow = Math.min(states, SHALLOW);
  const dense = new Int32Array(shallow * width);
  const failure = new Int32Array(states);
  const childStart = new Int32Array(states + 1);
  const emits = new Uint8Array(states);
  const edges: [number, number][] = [];
  const ranked: number[][] = [];
  queue.forEach((state, r) => {
    if (r < shallow) for (let cls = 0; cls < width; cls++) dense[r * width + cls] = rank[delta[state * width + cls]];
    failure[r] = rank[fail[state]];
    emits[r] = outputs[state].length ? 1 : 0;
    ranked[r] = outputs[state];
    for (const [cls, child] of children[state]) edges.push([cls, rank[child]]);
    childStart[r + 1] = edges.length;
  });
  const outStart = new Int32Array(states + 1);
  ranked.forEach((found, state) => (outStart[state + 1] = outStart[state] + found.length));
  const flat = ranked.flat();
  return {
    classOf,
    width,
    dense,
    shallow,
    failure,
    childStart,
    childClass: Uint8Array.from(edges, ([cls]) => cls),
    childTo: Int32Array.from(edges, ([, to]) => to),
    emits,
    wordClass: Uint8Array.from(wordOfClass),
    outStart,
    outWord: Int32Array.from(flat, (id) => (id >= 0 ? id >> WORD_SHIFT : ~(~id >> WORD_SHIFT))),
    outBit: Int32Array.from(flat, (id) => (id >= 0 ? 1 << (id & (BITS - 1)) : 1 << (~id & (BITS - 1)))),
    always,
    all,
    own: new Int32Array(Math.ceil(sets / BITS)),
  };
}

function markOutputs(a: Automaton, state: number, marks: number[]): void {
  for (let o = a.outStart[state]; o < a.outStart[state + 1]; o++) {
    const word = a.outWord[o];
    if (word >= 0) marks[word] |= a.outBit[o];
    else a.own[~word] |= a.outBit[o];
  }
}

/** Marks the patterns one of whose conjunctions the text holds whole, then clears the scan's own marks. */
function markConjunctions(a: Automaton, marks: number[]): void {
  const own = a.own;
  for (const { word, bit, sets } of a.all) {
    if (marks[word] & bit) continue;
    let every = true;
    for (let k = 0; k < sets.length && every; k++) every = (own[sets[k].word] & sets[k].bit) !== 0;
    if (every) marks[word] |= bit;
  }
  own.fill(0);
}

/** The state after `state` on class `cls`: its child, or its failure's transition (Automaton.dense). */
function step(a: Automaton, state: number, cls: number): number {
  const { childStart, childClass, childTo, failure } = a;
  while (state >= a.shallow) {
    for (let k = childStart[state]; k < childStart[state + 1]; k++) if (childClass[k] === cls) return childTo[k];
    state = failure[state];
  }
  return a.dense[state * a.width + cls];
}

/**
 * One pass over the text: the patterns whose required literals it contains. Where the text turns from
 * word characters to others or back, the scan first steps on the boundary that literals spell
 * (BOUNDARY_MARK), also after a final word.
 */
export function possiblePatterns(text: string): PossiblePatterns {
  // Built on first use: patterns watched later (modules loaded later) are added by building again.
  const a = (automaton ??= build());
  const marks = a.always.slice();
  const { classOf, wordClass, emits } = a;
  let state = 0;
  let inWord = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = classOf[code < NON_ASCII_CODE ? code : NON_ASCII_CODE];
    if (wordClass[cls] !== inWord) {
      inWord = wordClass[cls];
      state = step(a, state, MARK);
      if (emits[state]) markOutputs(a, state, marks);
    }
    // A character in no literal leads back to the root.
    if (cls <= OTHER_WORD) state = 0;
    else {
      state = step(a, state, cls);
      if (emits[state]) markOutputs(a, state, marks);
    }
  }
  if (inWord) {
    state = step(a, state, MARK);
    if (emits[state]) markOutputs(a, state, marks);
  }
  if (a.all.length) markConjunctions(a, marks);
  return marks;
}

/** A watched pattern's id, or -1: what hot loops check `possible` with, instead of looking the pattern up each time. */
export const patternId = (pattern: RegExp): number => patterns.get(pattern) ?? -1;

/** Whether the pattern of this id can match the text `possible` was found in: false only when it certainly cannot. */
export function mayMatchId(id: number, possible: PossiblePatterns): boolean {
  if (id < 0) return true;
  const word = id >> WORD_SHIFT;
  return word >= possible.length || (possible[word] & (1 << (id & (BITS - 1)))) !== 0;
}

export const mayMatch = (pattern: RegExp, possible: PossiblePatterns): boolean => mayMatchId(patternId(pattern), possible);

/** Several patterns as one bit mask per number of PossiblePatterns, tested together (a rule's strong, weak and title patterns). */
export interface PatternGroup {
  words: number[];
  masks: number[];
  /** Whether one of them is not watched, so may match anything. */
  unwatched: boolean;
}

export function patternGroup(group: RegExp[]): PatternGroup {
  const ids = group.map(patternId);
  const words = unique(ids.filter((id) => id >= 0).map((id) => id >> WORD_SHIFT));
  const masks = words.map((word) => ids.filter((id) => id >= 0 && id >> WORD_SHIFT === word).reduce((mask, id) => mask | (1 << (id & (BITS - 1))), 0));
  return { words, masks, unwatched: ids.includes(-1) };
}

/** Whether any pattern of the group can match the text `possible` was found in. */
export function mayMatchAny(group: PatternGroup, possible: PossiblePatterns): boolean {
  if (group.unwatched) return true;
  for (let k = 0; k < group.words.length; k++) {
    const word = group.words[k];
    if (word >= possible.length || (possible[word] & group.masks[k]) !== 0) return true;
  }
  return false;
}

/** Every watched pattern, for checks that the prefilter never rules out a match. */
export const watchedPatterns = (): RegExp[] => [...patterns.keys()];
