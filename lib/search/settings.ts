import type { Settings } from "meilisearch";
import { LEXICON, MODEL_NAME_FORMS } from "../lexicon";
import { foldWord } from "./vocabulary";
import { FACET_NAMES } from "../taxonomy";
import type { PaperDocument } from "./document";
import { corpusWords, exactWords, pluralSynonyms, spellingSynonyms } from "./vocabulary";

export const INDEX_UID = "papers";
export const META_INDEX_UID = "catalogue_meta";

/** Users type these interchangeably; each group is expanded into mutual synonyms. */
const SYNONYM_GROUPS: string[][] = [
  ["moe", "mixture of experts", "mixture-of-experts"],
  ["vit", "vision transformer"],
  ["asr", "speech recognition"],
  ["ssm", "state space model", "state-space model"],
  ["llm", "large language model"],
  ["tts", "text to speech", "text-to-speech"],
  ["nmt", "machine translation"],
  ["nlp", "natural language processing"],
  ["peft", "parameter efficient fine tuning", "parameter-efficient fine-tuning"],
  ["lora", "low rank adaptation", "low-rank adaptation"],
  ["kd", "knowledge distillation"],
  ["nas", "neural architecture search"],
  ["vlm", "vision language model", "vision-language model"],
  ["gnn", "graph neural network"],
  ["cnn", "convolutional neural network", "convnet"],
  ["rnn", "recurrent neural network"],
  ["pde", "partial differential equation"],
  ["sr", "super resolution", "super-resolution"],
  ["detr", "detection transformer"],
  ["dit", "diffusion transformer"],
  ["kv cache", "key value cache"],
  ["rl", "reinforcement learning"],
  ["icl", "in-context learning", "in context learning"],
  ["ssl", "self-supervised learning", "self supervised learning"],
  ["ocr", "optical character recognition"],
  ["htr", "handwritten text recognition"],
  ["sed", "sound event detection"],
  ["ner", "named entity recognition"],
  ["vqa", "visual question answering"],
  ["qa", "question answering"],
  ["mlm", "masked language model", "masked language modeling"],
  ["mae", "masked autoencoder", "masked autoencoders"],
  ["gan", "generative adversarial network"],
  ["vae", "variational autoencoder"],
  ["nerf", "neural radiance field", "neural radiance fields"],
  ["snn", "spiking neural network"],
  ["ptq", "post-training quantization", "post training quantization"],
  ["qat", "quantization-aware training", "quantization aware training"],
  ["ffn", "feed-forward network", "feed forward network"],
  ["mha", "multi-head attention", "multi head attention"],
  ["mot", "multi-object tracking", "multiple object tracking"],
  ["kws", "keyword spotting"],
  [
    "remote sensing",
    "aerial imagery",
    "satellite imagery",
    "aerial images",
    "satellite images",
    "aerial image",
    "satellite image",
    "hyperspectral",
    "earth observation",
  ],
  // Word families of the field: typos no longer bridge "efficient" and "efficiency", and a reader
  // asking for one means the other. Only forms that keep the meaning ("segment" is also a span of video).
  ["efficient", "efficiency", "efficiently"],
  ["quantization", "quantized", "quantize", "quantizing"],
  ["pruning", "pruned", "prune"],
  ["distillation", "distilled", "distill", "distilling"],
  ["compression", "compressed", "compress", "compressing"],
  ["detection", "detector", "detectors", "detecting"],
  ["classification", "classifier", "classifiers", "classifying"],
  ["recognition", "recognize", "recognizing"],
  ["forecasting", "forecast", "forecasts"],
  ["translation", "translate", "translating"],
  ["retrieval", "retrieve", "retrieving"],
  ["sparse", "sparsity"],
  ["inference", "inferencing"],
  ["generation", "generating"],
  ["lightweight", "light-weight"],
  ["handwriting", "handwritten"],
  ["kernelized", "kernelised"],
  // Long-context, long-range and long-sequence modelling are one problem under three names.
  ["long context", "long range", "long sequence", "long sequences", "long document", "long documents", "long-context", "long-range"],
  // British and American spellings: typos no longer bridge them once both are corpus words.
  ["quantization", "quantisation"],
  ["quantized", "quantised"],
  ["modeling", "modelling"],
  ["optimization", "optimisation"],
  ["factorization", "factorisation"],
  ["normalization", "normalisation"],
  ["generalization", "generalisation"],
  ["tokenization", "tokenisation"],
];

const nameWords = (form: string) => (foldWord(form).match(/[\p{L}\p{N}]+/gu) ?? []).join(" ");
const key = (form: string) => form.replace(/ /g, "");

/** Whether one word abbreviates the words of a phrase, each giving it a prefix: "retnet" is RETentive NETwork, "lstm" Long Short-Term Memory. */
function abbreviates(word: string, words: string[]): boolean {
  if (!words.length) return !word;
  if (!word) return false;
  for (let n = Math.min(word.length, words[0].length); n > 0; n--)
    if (words[0].startsWith(word.slice(0, n)) && abbreviates(word.slice(n), words.slice(1))) return true;
  return false;
}

/**
 * Two names of one model in the lexicon are synonyms when they are spellings of one name
 * ("BigBird" and "Big Bird", "Nyströmformer" and "Nystromformer", "Mamba-2" and "Mamba2") or an
 * acronym and its words ("RetNet" and "Retentive Network", "ToMe" and "token merging"); not the
 * versions, sizes or relatives an entry also lists ("RWKV-7", "ViT-B", "PTv3"), nor a form that
 * loses a sign when folded ("FAVOR+" would be "favor", and "performer" find "in favor of").
 */
export function modelNamePairs(entries: { name: string; match: string[] }[]): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const entry of entries) {
    const forms = [...new Set([entry.name, ...entry.match].filter((f) => /^[\p{L}\p{N}\s.-]+$/u.test(f)).map(nameWords))].filter(Boolean);
    for (const a of forms)
      for (const b of forms) {
        if (a >= b) continue;
        // "DeiT" and "DeiT-Ti" are a name and its size, not an acronym of two words.
        const acronym = (x: string, y: string) => /^\p{L}{2,}$/u.test(x) && y.includes(" ") && !y.startsWith(x) && abbreviates(x, y.split(" "));
        if (key(a) === key(b) || acronym(a, b) || acronym(b, a)) pairs.set(`${a}|${b}`, [a, b]);
      }
  }
  return [...pairs.values()];
}

const MODEL_NAME_SYNONYMS = modelNamePairs(LEXICON);

function toSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...group.filter((other) => other !== word)])];
  return synonyms;
}

// Short acronyms must match exactly: with typos "moe" would find "more" and "vit" "visit".
const EXACT_WORDS = [
  "moe",
  "vit",
  "asr",
  "ssm",
  "llm",
  "tts",
  "nmt",
  "nlp",
  "peft",
  "lora",
  "nas",
  "vlm",
  "gnn",
  "cnn",
  "rnn",
  "pde",
  "detr",
  "dit",
  "swin",
  "mamba",
  "rwkv",
  "bert",
  "gpt",
  "clip",
  "mae",
  "nerf",
  "vq",
  "ctr",
];

// Model names of the lexicon are matched as typed: "performer" must not find "perform", nor
// "retnet" "ResNet". One-word forms only: the words of "Switch Transformer" are ordinary words.
const MODEL_NAME_WORDS = MODEL_NAME_FORMS.filter((form) => /^[\p{L}\p{N}]{3,}$/u.test(form)).map((form) => form.toLowerCase());

/**
 * The deepest result a reader can page to (MAX_PAGE × PAGE_SIZE): Meilisearch ranks no further.
 * Counts do not depend on it: they are read from a facet every paper has (search-papers.ts).
 */
export const MAX_RANKED_HITS = 2000;

/**
 * What the vocabulary of the papers decides: a word that occurs in the catalogue is matched as typed
 * (and its plural), a word that occurs nowhere is taken for a typo. Applied at query time, so a build
 * sets it once every document has been seen.
 */
export function vocabularySettings(vocabulary: Map<string, number>): Pick<Settings, "synonyms" | "typoTolerance"> {
  return {
    synonyms: toSynonyms([...SYNONYM_GROUPS, ...MODEL_NAME_SYNONYMS, ...pluralSynonyms(vocabulary), ...spellingSynonyms(vocabulary)]),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [...new Set([...EXACT_WORDS, ...MODEL_NAME_WORDS, ...exactWords(vocabulary)])],
    },
  };
}

/** The settings of the papers index for a corpus of this vocabulary. */
export function indexSettingsFor(vocabulary: Map<string, number>): Settings {
  return {
    // Order is weight: a model name or title outranks the facet labels the paper carries, which
    // outrank a mention in the abstract (a tagged paper before a passing mention); label phrases
    // that name another value too ("token pruning") come after the abstract.
    searchableAttributes: ["modelName", "facetText", "title", "abstract", "facetPhrases", "organization", "authors"],
    // date and upvotes: to count the papers a sort by them cannot place (lib/search/sort-gaps.ts).
    filterableAttributes: [...FACET_NAMES, "year", "hasCode", "slug", "id", "date", "upvotes", "authors"],
    sortableAttributes: ["date", "upvotes"],
    ...vocabularySettings(vocabulary),
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
    // Nothing asks Meilisearch to search within facet values (its facet-search route): without this,
    // every batch of an ingest rebuilt the facet-search tables of every filterable string (ids,
    // slugs, authors), the most of its indexing time at 20,000 papers (docs/benchmarks.md).
    facetSearch: false,
    pagination: { maxTotalHits: MAX_RANKED_HITS },
    // Proximity before attribute: papers holding the typed words as one phrase come first.
    rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
  };
}

export const indexSettings = (docs: PaperDocument[]): Settings => indexSettingsFor(corpusWords(docs));
