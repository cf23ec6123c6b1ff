import { findKnownModels } from "../../lexicon";

/** arXiv categories where transformer-architecture papers are filed: the snapshot's default `--categories`. */
export const DEFAULT_CATEGORIES = [
  "cs.LG",
  "cs.CL",
  "cs.CV",
  "cs.AI",
  "cs.NE",
  "cs.IR",
  "cs.SD",
  "cs.MM",
  "cs.RO",
  "cs.DC",
  "cs.AR",
  "eess.AS",
  "eess.IV",
  "eess.SP",
  "stat.ML",
  "q-bio.QM",
  "physics.ao-ph",
  "physics.comp-ph",
] as const;

// What names the architecture itself. Bare "attention" is not enough in an abstract (CNNs and RNNs
// have had attention modules since 2014), but it is in a title; "language model" counts since
// 2019 only, before which most were recurrent or n-gram models.
const ARCHITECTURE_CUES: RegExp[] = [
  /\btransformers?\b/i,
  /\b(self|cross|multi-?head(ed)?|sparse|linear|local|windowed|global|causal|softmax|flash|dot-product|axial|deformable)[- ]attention\b/i,
  /\battention (heads?|layers?|maps?|matri(x|ces)|blocks?|scores?|weights|kernels?|patterns?)\b/i,
  /\b(key|query|value)[- ]value cache\b|\bKV[- ]cache\b/i,
  /\b(large|pre-?trained|foundation|masked|autoregressive|causal) (language|vision|vision-language|speech|audio) models?\b/i,
  /\bLLMs?\b|\bVLMs?\b|\bMLLMs?\b/,
  /\b(state[- ]space models?|selective state spaces?|SSMs?)\b/,
  /\bmixture[- ]of[- ]experts\b|\bMoE\b/i,
  /\bin-context learning\b/i,
  /\btokens?\b.*\b(embedding|mixing|pruning|merging)\b/i,
  /\bpositional (encoding|embedding)s?\b|\brotary\b/i,
];
const TITLE_CUES = /\battention\b|\bformer\b|former\b|\bGPT|\bBERT/i;
// An attention module named in a CNN's or RNN's title ("Convolutional Block Attention Module") is not the architecture.
const OTHER_FAMILY_TITLE = /\b(convolution(al)?|CNNs?|ConvNets?|recurrent|RNNs?|LSTMs?)\b/i;
// Since GPT-2 (2019) a language model is a transformer unless said otherwise; before, it was recurrent or n-gram.
const LANGUAGE_MODEL = /\blanguage models?\b/i;
const TRANSFORMER_ERA = "2019";

// A known model counts when it is a transformer, state-space or hybrid design; a ResNet or a U-Net does not.
const KNOWN_FAMILIES = new Set(["transformer", "state-space", "hybrid"]);

export interface RelevanceFilter {
  /** Categories a record must have one of; empty keeps every category. */
  categories: readonly string[];
  /** Keep only papers that name the transformer architecture (or its named alternatives). */
  architecture: boolean;
}

export const DEFAULT_FILTER: RelevanceFilter = { categories: DEFAULT_CATEGORIES, architecture: true };

export type FilterVerdict = { keep: true } | { keep: false; by: "category" | "architecture" };

/** Why a transformer-architecture paper is relevant: the cue of its title or abstract, or null when none is named. */
export function architectureCue(title: string, abstract: string, published: string | null = null): string | null {
  if (TITLE_CUES.test(title) && !OTHER_FAMILY_TITLE.test(title)) return `title: ${TITLE_CUES.exec(title)![0]}`;
  const text = `${title}. ${abstract}`;
  for (const cue of ARCHITECTURE_CUES) {
    const m = cue.exec(text);
    if (m) return m[0];
  }
  if (published && published >= TRANSFORMER_ERA && LANGUAGE_MODEL.test(text)) return LANGUAGE_MODEL.exec(text)![0];
  const known = findKnownModels(text).find((hit) => hit.entry.architecture.some((a) => KNOWN_FAMILIES.has(a)) && !hit.entry.common);
  return known ? `known model: ${known.entry.name}` : null;
}

/** Whether a snapshot record is kept: one of the categories, then an architecture cue. */
export function judgeRelevance(
  record: { title: string; abstract: string; categories?: string[]; published?: string | null },
  filter: RelevanceFilter,
): FilterVerdict {
  if (filter.categories.length && !(record.categories ?? []).some((c) => filter.categories.includes(c))) return { keep: false, by: "category" };
  if (filter.architecture && !architectureCue(record.title, record.abstract, record.published ?? null)) return { keep: false, by: "architecture" };
  return { keep: true };
}
