import { STOP, wordsOf } from "./features";

/** What a word of a sentence is to a model: its number, or one of these. */
export const NOT_KNOWN = -1;
export const STOP_WORD = -2;

// The classes of ASCII codes: a letter (either case) or digit, the hyphen, or anything else.
const CLASSES = 37;
const HYPHEN = 36;
const SEPARATOR = -1;
const CLASS_OF = Int8Array.from({ length: 128 }, (_, code) => {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 65 && code <= 90) return code - 65;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return code === 45 ? HYPHEN : SEPARATOR;
});
const DEAD = 0;
const ROOT = 1;

/**
 * A model's words as a trie walked by char codes: the words of a sentence are found by number in
 * one pass over it, without lower-casing it, cutting out each word or hashing it (that was most of
 * what applying the model cost; a hash table probed per word measured slower). Sentences with a
 * character beyond ASCII, where lower-casing and Unicode letters need more care, are split by
 * wordsOf and looked up by string instead.
 */
export interface KnownWords {
  words: Map<string, number>;
  /** Per state and class, the next state; DEAD once no word of the model starts so. */
  next: Int32Array;
  /** Per state, the number of the word it spells, STOP_WORD, or NOT_KNOWN. */
  accept: Int32Array;
  /** Scratch: the numbers of one sentence's words. */
  found: Int32Array;
}

/** Compiles `words` (word → number, numbers ≥ 0), function words as STOP_WORD. */
export function knownWords(words: Map<string, number>): KnownWords {
  const children: Map<number, number>[] = [new Map(), new Map()];
  const accept = [NOT_KNOWN, NOT_KNOWN];
  const insert = (word: string, number: number) => {
    let state = ROOT;
    for (let i = 0; i < word.length; i++) {
      const cls = CLASS_OF[word.charCodeAt(i)];
      let child = children[state].get(cls);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        accept.push(NOT_KNOWN);
        children[state].set(cls, child);
      }
      state = child;
    }
    accept[state] = number;
  };
  // Only what a word of wordsOf can be in an ASCII sentence: lower-case letters, digits and inner hyphens.
  for (const [word, number] of words) if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(word)) insert(word, number);
  for (const word of STOP) insert(word, STOP_WORD);
  const next = new Int32Array(children.length * CLASSES);
  children.forEach((byClass, state) => byClass.forEach((child, cls) => (next[state * CLASSES + cls] = child)));
  return { words, next, accept: Int32Array.from(accept), found: new Int32Array(64) };
}

const isWordCode = (code: number) => code < 128 && CLASS_OF[code] >= 0 && CLASS_OF[code] !== HYPHEN;

/**
 * The numbers of the words of `text` that wordsOf finds, in order (function words left out, unknown
 * ones NOT_KNOWN), in `k.found`; returns how many.
 */
export function wordNumbers(k: KnownWords, text: string): number {
  const n = text.length;
  if (k.found.length < n) k.found = new Int32Array(2 * n);
  const { next, accept, found } = k;
  let count = 0;
  let state = DEAD;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return slowWordNumbers(k, text);
    const cls = CLASS_OF[code];
    if (cls >= 0 && cls !== HYPHEN) {
      if (!inWord) {
        inWord = true;
        state = ROOT;
      }
      state = next[state * CLASSES + cls];
      continue;
    }
    // A hyphen between two letters or digits is inside a word (a character beyond ASCII after it is read by the slow path).
    if (cls === HYPHEN && inWord && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      state = next[state * CLASSES + HYPHEN];
      continue;
    }
    if (inWord) {
      const word = accept[state];
      if (word !== STOP_WORD) found[count++] = word;
      inWord = false;
    }
  }
  if (inWord) {
    const word = accept[state];
    if (word !== STOP_WORD) found[count++] = word;
  }
  return count;
}

function slowWordNumbers(k: KnownWords, text: string): number {
  const words = wordsOf(text);
  if (k.found.length < words.length) k.found = new Int32Array(2 * words.length);
  words.forEach((w, i) => (k.found[i] = k.words.get(w) ?? NOT_KNOWN));
  return words.length;
}
