import type { PaperDocument } from "./document";

/** Meilisearch's own folding, near enough: lower case, accents off ("Nyström" → "nystrom"). */
export function foldWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const words = (text: string) => foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];

// Shorter words get no typos anyway (minWordSizeForTypos.oneTypo), so they need no entry.
const TYPO_MIN_LENGTH = 5;

/** Every word of the searchable text of the papers. */
export function corpusWords(docs: PaperDocument[]): Set<string> {
  const vocabulary = new Set<string>();
  for (const d of docs)
    for (const text of [d.title, d.abstract, d.modelName ?? "", d.organization ?? "", ...d.facetText, ...d.facetPhrases])
      for (const w of words(text)) vocabulary.add(w);
  return vocabulary;
}

/**
 * Words typed as they occur in the corpus are matched as typed: "performer" is a word of the
 * catalogue, so it must not also find "perform"; "tranformer" is in no paper, so typos apply.
 */
export function exactWords(vocabulary: Set<string>): string[] {
  return [...vocabulary].filter((w) => w.length >= TYPO_MIN_LENGTH).sort();
}

/**
 * With typos off for corpus words, "transformer" would no longer find "transformers": the
 * regular plurals that occur in the corpus are made synonyms of their singular instead.
 */
export function pluralSynonyms(vocabulary: Set<string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const w of vocabulary) {
    if (w.length < 3 || /\d/.test(w)) continue;
    for (const plural of [`${w}s`, `${w}es`, ...(w.endsWith("y") ? [`${w.slice(0, -1)}ies`] : [])])
      if (vocabulary.has(plural) && !w.endsWith("s")) pairs.push([w, plural]);
  }
  return pairs.sort(([a], [b]) => a.localeCompare(b));
}
