import { STOP, wordsOf } from "./features";

/** What a word of a sentence is to a model: its number, or one of these. */
export const NOT_KNOWN = -1;
export const STOP_WORD = -2;

// Per ASCII code, the code a word of wordsOf has for it (letters lower-cased, digits, the hyphen),
// or 0 for a character that is in no word.
const HYPHEN = 45;
const LOWER = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === HYPHEN ? code : code >= 65 && code <= 90 ? code + 32 : 0,
);
const isWordCode = (code: number) => code < 128 && LOWER[code] !== 0 && code !== HYPHEN;

// FNV-1a over a word's lower-case codes, computed as the sentence is read.
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * A model's words in a hash table read by char codes: the words of a sentence are found by number
 * in one pass over it, without lower-casing the sentence, cutting out each word or building a
 * string to look up (that was most of what applying the model cost). The hash is computed as the
 * letters are read and the table is small (a trie of the words, walked letter by letter, measured
 * slower beside the rules' own tables). Sentences with a character beyond ASCII, where
 * lower-casing and Unicode letters need more care, are split by wordsOf and looked up by string.
 */
export interface KnownWords {
  words: Map<string, number>;
  /**
   * Open addressing, linear probing: per slot two numbers, the entry's hash and the entry + 1 (0 for an
   * empty slot). The hash beside the entry settles most lookups of a word in one cache line.
   */
  slots: Int32Array;
  /** Each entry's word, as codes in `chars` from entryStart[e] to entryStart[e + 1]. */
  chars: Uint8Array;
  entryStart: Int32Array;
  /** The word's number, or STOP_WORD. */
  entryNumber: Int32Array;
  /** Scratch: the numbers of one sentence's words. */
  found: Int32Array;
}

function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Compiles `words` (word → number, numbers ≥ 0), function words as STOP_WORD. */
export function knownWords(words: Map<string, number>): KnownWords {
  // Only what a word of wordsOf can be in an ASCII sentence: lower-case letters, digits and inner hyphens.
  const entries = [...words].filter(([word]) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(word) && !STOP.has(word));
  for (const word of STOP) entries.push([word, STOP_WORD]);
  let size = 1024;
  while (size < 4 * entries.length) size *= 2;
  const slots = new Int32Array(2 * size);
  const entryStart = new Int32Array(entries.length + 1);
  entries.forEach(([word], e) => (entryStart[e + 1] = entryStart[e] + word.length));
  const entryHash = Int32Array.from(entries, ([word]) => hashOf(word));
  entries.forEach((_, e) => {
    let slot = entryHash[e] & (size - 1);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & (size - 1);
    slots[2 * slot] = entryHash[e];
    slots[2 * slot + 1] = e + 1;
  });
  return {
    words,
    slots,
    chars: Uint8Array.from(entries.flatMap(([word]) => [...word].map((c) => c.charCodeAt(0)))),
    entryStart,
    entryNumber: Int32Array.from(entries, ([, number]) => number),
    found: new Int32Array(64),
  };
}

/** The number of the word text[start, end) spells (lower-cased), STOP_WORD, or NOT_KNOWN. */
function lookUp(k: KnownWords, hash: number, text: string, start: number, end: number): number {
  const slots = k.slots;
  const mask = (slots.length >> 1) - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[2 * slot + 1] - 1;
    if (entry < 0) return NOT_KNOWN;
    if (slots[2 * slot] !== hash) continue;
    const from = k.entryStart[entry];
    if (k.entryStart[entry + 1] - from !== end - start) continue;
    let same = true;
    for (let j = 0; j < end - start && same; j++) same = k.chars[from + j] === LOWER[text.charCodeAt(start + j)];
    if (same) return k.entryNumber[entry];
  }
}

/**
 * The numbers of the words of `text` that wordsOf finds, in order (function words left out, unknown
 * ones NOT_KNOWN), in `k.found`; returns how many.
 */
export function wordNumbers(k: KnownWords, text: string): number {
  const n = text.length;
  if (k.found.length < n) k.found = new Int32Array(2 * n);
  const found = k.found;
  let count = 0;
  let start = -1;
  let hash = FNV_OFFSET;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0;
    if (code >= 128) return slowWordNumbers(k, text);
    const lower = LOWER[code];
    if (lower !== 0 && lower !== HYPHEN) {
      if (start < 0) {
        start = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ lower, FNV_PRIME);
      continue;
    }
    // A hyphen between two letters or digits is inside a word (a character beyond ASCII after it is read by the slow path).
    if (lower === HYPHEN && start >= 0 && i + 1 < n && isWordCode(text.charCodeAt(i + 1))) {
      hash = Math.imul(hash ^ HYPHEN, FNV_PRIME);
      continue;
    }
    if (start >= 0) {
      const word = lookUp(k, hash, text, start, i);
      if (word !== STOP_WORD) found[count++] = word;
      start = -1;
    }
  }
  return count;
}

function slowWordNumbers(k: KnownWords, text: string): number {
  const words = wordsOf(text);
  if (k.found.length < words.length) k.found = new Int32Array(2 * words.length);
  words.forEach((w, i) => (k.found[i] = k.words.get(w) ?? NOT_KNOWN));
  return words.length;
}
