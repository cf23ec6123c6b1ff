import type { PaperDocument } from "./document";

/** Meilisearch's own folding, near enough: lower case, accents off ("Nyström" → "nystrom"). */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const words = (text: string) => foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];

// No setting reads a word under three letters (plurals start at three, typos and spellings above
// them): such words, a third of all, are not counted.
const COUNTED_MIN_LENGTH = 3;

// On ASCII text folding is lower-casing and the words are runs of letters and digits: the same
// words without Unicode normalisation and a Unicode regex (most of what counting them cost).
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]{3,}/g;
function addWordsOf(text: string, into: Set<string>): void {
  if (ASCII.test(text)) for (const w of text.toLowerCase().match(ASCII_WORD) ?? []) into.add(w);
  else for (const w of words(text)) if (w.length >= COUNTED_MIN_LENGTH) into.add(w);
}

// Shorter words get no typos anyway (minWordSizeForTypos.oneTypo), so they need no entry.
const TYPO_MIN_LENGTH = 5;

/** Counts the words of one paper's searchable text into a vocabulary (a stream adds them one paper at a time). */
export function addWords(vocabulary: Map<string, number>, d: PaperDocument): void {
  const seen = new Set<string>();
  for (const text of [d.title, d.abstract, d.modelName ?? "", d.organization ?? "", ...(d.authors ?? []), ...d.facetText, ...d.facetPhrases])
    addWordsOf(text, seen);
  for (const w of seen) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
}

/** Every word of the searchable text of the papers, with the number of papers holding it. */
export function corpusWords(docs: PaperDocument[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const d of docs) addWords(vocabulary, d);
  return vocabulary;
}

/**
 * Words typed as they occur in the corpus are matched as typed: "performer" is a word of the
 * catalogue, so it must not also find "perform"; "tranformer" is in no paper, so typos apply.
 */
export function exactWords(vocabulary: Map<string, number>): string[] {
  // No word is longer than 64 letters: a longer token (a formula, a URL fragment) is nothing anyone types.
  return [...vocabulary.keys()].filter((w) => w.length >= TYPO_MIN_LENGTH && w.length <= 64).sort();
}

/**
 * Meilisearch reads the whole synonym table on every search (~5 ms at 1,600 entries, ~50 ms at
 * 12,000, measured): only the most common plurals get an entry, which are the ones people type.
 */
export const MAX_PLURAL_PAIRS = 800;

/**
 * With typos off for corpus words, "transformer" would no longer find "transformers": the
 * regular plurals that occur in the corpus are made synonyms of their singular instead.
 */
export function pluralSynonyms(vocabulary: Map<string, number>, max = MAX_PLURAL_PAIRS): [string, string][] {
  const pairs: { pair: [string, string]; papers: number }[] = [];
  for (const [w, n] of vocabulary) {
    if (w.length < 3 || /\d/.test(w) || w.endsWith("s")) continue;
    for (const plural of [`${w}s`, `${w}es`, ...(w.endsWith("y") ? [`${w.slice(0, -1)}ies`] : [])]) {
      const m = vocabulary.get(plural);
      if (m) pairs.push({ pair: [w, plural], papers: n + m });
    }
  }
  return pairs
    .sort((a, b) => b.papers - a.papers || a.pair[0].localeCompare(b.pair[0]))
    .slice(0, max)
    .map((p) => p.pair);
}

// British spellings of the field and their American forms, ending by ending: -isation/-ization,
// -yse/-yze, -our/-or, -lled/-led, -lling/-ling.
const SPELLINGS: [RegExp, string][] = [
  [/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1"],
  [/ys(e|ed|es|ing)$/, "yz$1"],
  [/our(s|ed|ing)?$/, "or$1"],
  [/ll(ed|ing|er|ers)$/, "l$1"],
];

/**
 * Words the papers spell both ways ("quantisation" and "quantization", "modelling" and
 * "modeling"): typos no longer bridge them once both are corpus words, so they are synonyms.
 * Found in the corpus, so a catalogue that grows finds its own.
 */
export function spellingSynonyms(vocabulary: Map<string, number>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const w of vocabulary.keys())
    for (const [british, american] of SPELLINGS) {
      // "four" is no British "for", nor "our" of "or".
      if (w.length < 6 || !british.test(w)) continue;
      const other = w.replace(british, american);
      if (other !== w && vocabulary.has(other)) pairs.push([other, w]);
    }
  return pairs.sort((a, b) => a[0].localeCompare(b[0]));
}
