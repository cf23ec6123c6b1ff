import { LEXICON } from "../lexicon";
import { facetLabel, TAXONOMY, type FacetName } from "../taxonomy";
import { BROADER_TERMS, SEARCHED_FACET_TERMS } from "./facet-terms";
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

// Backbones named in most papers (BERT, ViT, GPT-3) are offered as no filter, but they still say the
// field a reader means beside another phrase ("distillation bert": distillation of language models):
// their domain and task boost the ranking (`impliedByCommonModel`), never shown.
const COMMON_MODEL_PHRASES: Phrase[] = LEXICON.filter((e) => e.common).flatMap((e) =>
  e.match.flatMap((form) =>
    (["domain", "task"] as const).flatMap((facet) =>
      (e[facet] as string[]).map((value) => ({ words: wordsOf(form).map(stem), facet, value, label: facetLabel(facet, value) })),
    ),
  ),
);

const PHRASES: Phrase[] = [
  ...SEARCHED_FACET_TERMS.flatMap((t) => t.phrases.map((p) => ({ words: wordsOf(p).map(stem), facet: t.facet, value: t.value, label: t.label }))),
  ...BROADER_TERMS.flatMap((t) =>
    t.phrases.flatMap((p) => t.values.map(([facet, value]) => ({ words: wordsOf(p).map(stem), facet, value, label: facetLabel(facet, value) }))),
  ),
  ...MODEL_PHRASES,
].filter((p) => p.words.length && !NOT_OFFERED.has(`${p.facet}:${p.value}`));
const LONGEST = Math.max(...PHRASES.map((p) => p.words.length));

// Model names are matched as typed: "retnet" must not be read as a typo of "resnet".
const MODEL_PHRASE_SET = new Set(MODEL_PHRASES);
const TYPO_PHRASES = PHRASES.filter((p) => !MODEL_PHRASE_SET.has(p));
const BY_WORDS = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_WORDS.set(p.words.join(" "), [...(BY_WORDS.get(p.words.join(" ")) ?? []), p]);
// A compound is one phrase written joined, hyphenated or apart ("pretraining", "pre-training";
// "multimodal", "multi modal"), as Meilisearch reads it: phrases are also found by their letters alone.
const BY_LETTERS = new Map<string, Phrase[]>();
for (const p of PHRASES) BY_LETTERS.set(p.words.join(""), [...(BY_LETTERS.get(p.words.join("")) ?? []), p]);
// Words this common say nothing apart from each other ("of", "3d"...): only phrases of two real words.
const APART_PHRASES = TYPO_PHRASES.filter((p) => p.words.length === 2 && p.words.every((w) => w.length >= 4));
const TYPO_BY_COUNT = new Map<number, Phrase[]>();
for (const p of TYPO_PHRASES) TYPO_BY_COUNT.set(p.words.length, [...(TYPO_BY_COUNT.get(p.words.length) ?? []), p]);
const PHRASE_WORDS = new Set(TYPO_PHRASES.flatMap((p) => p.words));

/** Whether the query names a value only through a model's name ("mlp mixer" names Vision as MLP-Mixer's field), not by a phrase of the field. */
export function namedByModel(f: Pick<QueryFacet, "phrase" | "facet" | "value">): boolean {
  const words = wordsOf(f.phrase).map(stem);
  const phrases = [...(BY_WORDS.get(words.join(" ")) ?? []), ...(BY_LETTERS.get(words.join("")) ?? [])].filter(
    (p) => p.facet === f.facet && p.value === f.value,
  );
  return phrases.length > 0 && phrases.every((p) => MODEL_PHRASE_SET.has(p));
}

// Three rows of the distance table, reused: a query's phrases are checked against thousands of words
// (a quarter of a millisecond a search, ~1.5 ms for one with a typo, when each check built its table).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edit distance with adjacent transpositions ("forcasting", "segmentaton"), as far as `max`: anything
 * further is `max + 1`. No later row of the table goes below the smallest value of a row, so the
 * count stops at the first row past `max`.
 */
function typos(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  if (rows[0].length <= n) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [before, prev, cur] = rows;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let least = i;
    for (let j = 1; j <= n; j++) {
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      cur[j] = d;
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  return Math.min(prev[n], max + 1);
}

// As Meilisearch allows (minWordSizeForTypos): one typo from 5 letters, two from 9.
const allowedTypos = (word: string) => (word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0);
// A lone word of 5-7 letters one typo from a value's word is as often another word ("round" and
// "sound", "preview" and "review"): a typo alone names a value only in a longer word or a phrase.
const LONE_TYPO_MIN = 8;
// Only a word that is no word of any value, and long enough for a typo, may be one.
const mayBeTypo = (word: string) => allowedTypos(word) > 0 && !PHRASE_WORDS.has(word);

/** Whether the typed words spell a phrase, each word exactly or within its typos, and at least one exactly unless long. */
function spells(typed: string[], phrase: string[]): boolean {
  if (typed.length !== phrase.length) return false;
  let exact = 0;
  for (let k = 0; k < typed.length; k++) {
    if (typed[k] === phrase[k]) exact++;
    else if (!mayBeTypo(typed[k]) || Math.abs(typed[k].length - phrase[k].length) > allowedTypos(typed[k])) return false;
  }
  if (exact === 0 && !(typed.length === 1 && typed[0].length >= LONE_TYPO_MIN)) return false;
  return typed.every((w, k) => w === phrase[k] || typos(w, phrase[k], allowedTypos(w)) <= allowedTypos(w));
}

/** Where phrases of values start in the words of a query, longest first, left to right, and the phrases there. */
function phraseSpans(words: string[]): { at: number; length: number; phrases: Phrase[] }[] {
  const spans: { at: number; length: number; phrases: Phrase[] }[] = [];
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(LONGEST, words.length - i); n > 0 && !matched; n--) {
      const slice = words.slice(i, i + n);
      const exact = BY_WORDS.get(slice.join(" ")) ?? BY_LETTERS.get(slice.join("")) ?? [];
      const hits = exact.length || !slice.some(mayBeTypo) ? exact : (TYPO_BY_COUNT.get(n) ?? []).filter((p) => spells(slice, p.words));
      if (hits.length) {
        spans.push({ at: i, length: n, phrases: hits });
        matched = n;
      }
    }
    i += matched || 1;
  }
  return spans;
}

/**
 * The query in the units a reader means: each phrase of the field of several words kept whole
 * ("early exit", "speech recognition", "model compression"), every other word alone. A model's
 * name of several words ("Vision Mamba") is split: its words are ordinary words of the field.
 * What "some of the words" drops one at a time.
 */
export function queryUnits(q: string): string[] {
  const typed = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const units: string[] = [];
  let next = 0;
  for (const { at, length, phrases } of phraseSpans(typed.map((w) => stem(foldWord(w))))) {
    if (length < 2 || phrases.every((p) => MODEL_PHRASE_SET.has(p))) continue;
    units.push(...typed.slice(next, at), typed.slice(at, at + length).join(" "));
    next = at + length;
  }
  return [...units, ...typed.slice(next)];
}

/**
 * The facet values a query names ("linear attention speech" → Linear & kernel attention, Speech &
 * audio), in the order they are typed, and the values a named model implies ("retnet"). The
 * longest phrase wins where phrases overlap ("speech recognition" is the task, not the domain's
 * "speech"); one phrase may name several values. A phrase spelled exactly wins over one spelled
 * with typos ("speach recognition" is still the task; "segmentaton" is segmentation).
 * Offered to the reader as filters, never applied by themselves.
 */
export function findQueryFacets(q: string): QueryFacet[] {
  const typed = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = typed.map((w) => stem(foldWord(w)));
  const found = new Map<string, QueryFacet & { at: number }>();
  const add = (p: Phrase, at: number, phrase: string) => {
    const key = `${p.facet}:${p.value}`;
    if (!found.has(key)) found.set(key, { facet: p.facet, value: p.value, label: p.label, phrase, at });
  };
  const used = new Set<number>();
  for (const { at, length, phrases } of phraseSpans(words))
    for (const p of phrases) {
      add(p, at, typed.slice(at, at + length).join(" "));
      for (let k = at; k < at + length; k++) used.add(k);
    }
  // A two-word phrase whose words are typed apart ("efficient llm inference" names efficient
  // inference), from the words no phrase took.
  const free = words.map((w, k) => ({ w, k })).filter(({ k }) => !used.has(k));
  for (const p of APART_PHRASES) {
    const a = free.find((f) => f.w === p.words[0] && !used.has(f.k));
    const b = free.find((f) => f.w === p.words[1] && !used.has(f.k) && f.k !== a?.k);
    if (!a || !b) continue;
    const [first, second] = a.k < b.k ? [a, b] : [b, a];
    add(p, first.k, `${typed[first.k]} ${typed[second.k]}`);
    used.add(a.k).add(b.k);
  }
  return [...found.values()].sort((x, y) => x.at - y.at).map(({ at, ...facet }) => (void at, facet));
}

/**
 * The domain and task a backbone named in most papers implies ("bert": Language), where the query
 * types its name as a word of its own: for the ranking only, beside what `findQueryFacets` offers.
 */
export function impliedByCommonModel(q: string): QueryFacet[] {
  const typed = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const words = typed.map((w) => stem(foldWord(w)));
  const found = new Map<string, QueryFacet>();
  for (const p of COMMON_MODEL_PHRASES)
    for (let at = 0; at + p.words.length <= words.length; at++)
      if (p.words.every((w, k) => words[at + k] === w) && !found.has(`${p.facet}:${p.value}`))
        found.set(`${p.facet}:${p.value}`, { facet: p.facet, value: p.value, label: p.label, phrase: typed.slice(at, at + p.words.length).join(" ") });
  return [...found.values()];
}

// The technique facet is "how the paper makes a model cheaper (empty when it does not)": a reader
// typing "efficient" beside other words means a paper with some technique, whichever. Sixteen values
// are too many to offer; they rank only.
const EFFICIENCY_WORDS = new Set(["efficient", "efficiency", "efficiently"]);
const TECHNIQUES = TAXONOMY.technique.values.map((v) => v.slug);

/** Any technique, for the word "efficient" of a query of several words that no named phrase took ("efficient detr"). */
export function impliedByEfficiency(q: string, offered: QueryFacet[]): QueryFacet[] {
  const typed = q.match(/[\p{L}\p{N}]+/gu) ?? [];
  const word = typed.find((w) => EFFICIENCY_WORDS.has(w.toLowerCase()));
  if (!word || typed.length < 2 || offered.some((f) => (wordsOf(f.phrase) as string[]).includes(foldWord(word)))) return [];
  return TECHNIQUES.map((value) => ({ facet: "technique" as const, value, label: facetLabel("technique", value), phrase: word }));
}

/** The values that rank a query's papers: those it names (`offered`), then those a common backbone's name or "efficient" implies. */
export function rankingFacets(q: string, offered: QueryFacet[] = findQueryFacets(q)): QueryFacet[] {
  const isOffered = new Set(offered.map((f) => `${f.facet}:${f.value}`));
  const implied = [...impliedByCommonModel(q), ...impliedByEfficiency(q, offered)];
  return [...offered, ...implied.filter((f) => !isOffered.has(`${f.facet}:${f.value}`))];
}
