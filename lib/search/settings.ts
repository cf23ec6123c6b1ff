import type { Settings } from "meilisearch";
import { MODEL_NAME_FORMS } from "../lexicon";
import { FACET_NAMES } from "../taxonomy";

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
];

function toSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) for (const word of group) synonyms[word] = group.filter((other) => other !== word);
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

export const INDEX_SETTINGS: Settings = {
  // Order is weight: a hit in the model name or title outranks one in the abstract.
  searchableAttributes: ["modelName", "title", "abstract", "organization", "authors"],
  filterableAttributes: [...FACET_NAMES, "year", "hasCode", "slug", "id", "authors"],
  sortableAttributes: ["date", "upvotes"],
  synonyms: toSynonyms(SYNONYM_GROUPS),
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnWords: [...new Set([...EXACT_WORDS, ...MODEL_NAME_WORDS])],
  },
  faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { "*": "count" } },
  pagination: { maxTotalHits: 2000 },
  rankingRules: ["words", "typo", "proximity", "attribute", "sort", "exactness"],
};
