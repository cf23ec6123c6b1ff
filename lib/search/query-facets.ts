import { LEXICON } from "../lexicon";
import { facetLabel, type FacetName } from "../taxonomy";
import { SEARCHED_FACET_TERMS } from "./facet-terms";
import { foldWord } from "./vocabulary";

export interface QueryFacet {
  facet: FacetName;
  value: string;
  label: string;
  /** The words of the query that name it, as typed. */
  phrase: string;
}

// Nearly every paper of the catalogue is a transformer: offering it as a filter narrows nothing.
const NOT_OFFERED = new Set(["architecture:transformer"]);

/** A word without its plural ending, so "transformers" and "models" match their singular. */
const stem = (word: string) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word);
const wordsOf = (text: string) => foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? [];

interface Phrase {
  words: string[];
  facet: FacetName;
  value: string;
  label: string;
}

const LEXICON_FACETS = ["domain", "task", "technique", "architecture"] as const;

// A named model implies its values ("retnet" → Recurrence, memory & state spaces); backbones named
// in most papers (BERT, ViT) imply too little to offer.
const MODEL_PHRASES: Phrase[] = LEXICON.filter((e) => !e.common).flatMap((e) =>
  e.match.flatMap((form) =>
    LEXICON_FACETS.flatMap((facet) =>
      (e[facet] as string[]).map((value) => ({ words: wordsOf(form).map(stem), facet, value, label: facetLabel(facet, value) })),
    ),
  ),
);

const PHRASES: Phrase[] = [
  ...SEARCHED_FACET_TERMS.flatMap((t) => t.phrases.map((p) => ({ words: wordsOf(p).map(stem), facet: t.facet, value: t.value, label: t.label }))),
  ...MODEL_PHRASES,
].filter((p) => p.words.length && !NOT_OFFERED.has(`${p.facet}:${p.value}`));
const LONGEST = Math.max(...PHRASES.map((p) => p.words.length));

/**
 * The facet values a query names ("linear attention speech" → Linear & kernel attention, Speech &
 * audio), in the order they are typed, and the values a named model implies ("retnet"). The
 * longest phrase wins where phrases overlap ("speech recognition" is the task, not the domain's
 * "speech"); one phrase may name several values.
 * Offered to the reader as filters, never applied by themselves.
 */
export function findQueryFacets(q: string): QueryFacet[] {
  const typed = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = typed.map((w) => stem(foldWord(w)));
  const found = new Map<string, QueryFacet>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n > 0 && !matched; n--) {
      const slice = words.slice(i, i + n).join(" ");
      const hits = PHRASES.filter((p) => p.words.length === n && p.words.join(" ") === slice);
      for (const p of hits) {
        const key = `${p.facet}:${p.value}`;
        if (!found.has(key)) found.set(key, { facet: p.facet, value: p.value, label: p.label, phrase: typed.slice(i, i + n).join(" ") });
      }
      if (hits.length) matched = n;
    }
    i += matched || 1;
  }
  return [...found.values()];
}
