import { TAXONOMY, type FacetName, type FacetSlug } from "../taxonomy";

/**
 * What people type for each facet value, beside its label: indexed with the papers that carry the
 * value (so a tagged paper matches "speech" even when its abstract says "ASR"), and recognised in
 * a query to offer the value as a filter. Only phrases that name the value itself: a word that
 * merely goes with it ("image" for segmentation) would make every vision paper match.
 */
type Terms = { [F in FacetName]: Partial<Record<FacetSlug<F>, readonly string[]>> };

export const FACET_TERMS: Terms = {
  domain: {
    language: ["language", "nlp", "natural language processing", "text"],
    vision: ["vision", "computer vision", "image", "images", "visual"],
    video: ["video", "videos"],
    audio: ["speech", "audio", "sound", "music", "spoken"],
    "time-series": ["time series", "time-series", "temporal series"],
    multimodal: ["multimodal", "multi-modal", "vision language", "vision-language", "audio-visual", "image-text", "video-text"],
    "3d": ["3d", "point cloud", "point clouds", "voxel", "mesh"],
    graph: ["graph", "graphs", "molecule", "molecular graph", "crystal"],
    science: ["science", "scientific", "physics", "weather", "climate", "astronomy", "fluid dynamics", "materials science", "quantum"],
    biomedical: ["biomedical", "medical", "clinical", "healthcare", "eeg", "ecg", "protein", "genomics"],
    tabular: ["tabular", "recommendation", "recommender", "click-through"],
    code: ["source code", "code generation", "code summarization", "code editing"],
    robotics: ["robotics", "robot", "reinforcement learning", "embodied", "robot control"],
  },
  task: {
    "language-modeling": ["language modelling", "language modeling", "language model", "text generation", "llm", "large language model"],
    classification: ["classification", "recognition"],
    detection: ["detection", "object detection", "tracking"],
    segmentation: ["segmentation"],
    generation: ["generation", "synthesis", "text to speech", "text-to-speech", "image generation", "vocoder"],
    "speech-recognition": ["speech recognition", "asr", "transcription"],
    translation: ["translation", "machine translation"],
    forecasting: ["forecasting", "forecast"],
    retrieval: ["retrieval", "recommendation"],
    restoration: ["restoration", "enhancement", "super resolution", "super-resolution", "denoising", "deblurring", "artifact removal", "reflection removal"],
    separation: ["separation", "source separation", "speech separation"],
    "pose-3d": ["pose estimation", "depth estimation", "3d reconstruction", "mesh recovery", "human pose", "scene completion"],
    "representation-learning": ["representation learning", "self-supervised", "pretraining", "backbone"],
    "scientific-modeling": ["scientific modelling", "scientific modeling", "pde", "operator learning"],
    reasoning: ["in-context learning", "in context learning", "reasoning", "arithmetic"],
    "compression-coding": ["neural compression", "image compression", "learned codec", "source-channel coding"],
  },
  technique: {
    "linear-attention": [
      "linear attention",
      "kernel attention",
      "kernelized attention",
      "kernelised attention",
      "linearized attention",
      "linearised attention",
      "additive attention",
      "linear transformer",
      "efficient attention",
    ],
    "sparse-attention": [
      "sparse attention",
      "local attention",
      "window attention",
      "windowed attention",
      "block sparse attention",
      "dilated attention",
      "routing attention",
      "clustered attention",
    ],
    "low-rank": ["low rank", "low-rank", "factorization", "factorisation", "nystrom"],
    moe: ["mixture of experts", "mixture-of-experts", "moe", "sparsely gated", "conditional computation", "upcycling"],
    "token-reduction": ["token pruning", "token merging", "token reduction", "token dropping", "token pooling", "token downsampling"],
    "recurrence-memory": ["state space", "ssm", "recurrence", "recurrent memory", "memory augmented", "linear rnn"],
    quantization: ["quantization", "quantisation", "quantized", "low-bit", "post-training quantization", "quantization-aware training"],
    pruning: ["pruning", "sparsity"],
    distillation: ["distillation", "knowledge distillation", "teacher student"],
    peft: ["parameter efficient fine tuning", "parameter-efficient fine-tuning", "peft", "adapter", "adapters", "lora", "prompt tuning", "prefix tuning"],
    "efficient-decoding": ["efficient inference", "efficient decoding", "kv cache", "speculative decoding", "non-autoregressive", "parallel decoding"],
    "adaptive-computation": ["adaptive computation", "early exit", "dynamic depth", "dynamic width", "mixture of depths", "elastic model", "nested model"],
    "architecture-search": ["architecture search", "neural architecture search", "nas", "hardware-aware"],
    "lightweight-design": ["lightweight", "mobile", "edge"],
    "parameter-sharing": ["parameter sharing", "weight sharing", "looped transformer", "universal transformer", "recursive transformer"],
    systems: ["systems", "fused kernels", "parallelism"],
  },
  architecture: {
    transformer: ["transformer", "transformers"],
    hybrid: ["hybrid"],
    "state-space": ["state space", "recurrent neural network", "rnn", "lstm"],
    convolutional: ["convolutional", "cnn"],
    mlp: ["mlp", "mixer"],
  },
  contribution: {
    survey: ["survey", "review", "tutorial"],
    analysis: ["analysis", "theory"],
    benchmark: ["benchmark", "dataset"],
    system: ["toolkit", "library"],
  },
};

/**
 * Aliases that name one kind of the value, not the value: recognised in a query (to offer and
 * boost the value) but not indexed with every paper carrying it. "lstm" must not match a Mamba
 * paper because both are "State-space & recurrent", nor "tracking" every detection paper.
 */
const NARROWER = new Set([
  "architecture:state-space:lstm",
  "architecture:state-space:rnn",
  "architecture:state-space:recurrent neural network",
  "task:detection:tracking",
  "domain:audio:music",
  "domain:tabular:recommendation",
  "domain:tabular:recommender",
  "task:retrieval:recommendation",
  "task:representation-learning:backbone",
  "contribution:benchmark:dataset",
  "contribution:analysis:theory",
  // LoRA and adapters are two kinds of parameter-efficient fine-tuning: "lora" must not match every adapter paper.
  "technique:peft:lora",
  "technique:peft:adapter",
  "technique:peft:adapters",
  // Kinds of a technique the taxonomy names in its definitions: recognised in a query, not indexed.
  "technique:sparse-attention:block sparse attention",
  "technique:sparse-attention:dilated attention",
  "technique:sparse-attention:routing attention",
  "technique:sparse-attention:clustered attention",
  "technique:linear-attention:additive attention",
  "technique:low-rank:nystrom",
  "technique:moe:upcycling",
  "technique:token-reduction:token pooling",
  "technique:token-reduction:token downsampling",
  "technique:adaptive-computation:dynamic width",
  "technique:adaptive-computation:elastic model",
  "technique:adaptive-computation:nested model",
  "technique:parameter-sharing:recursive transformer",
  "task:restoration:artifact removal",
  "task:restoration:reflection removal",
  "task:pose-3d:scene completion",
  "task:compression-coding:source-channel coding",
  "domain:multimodal:image-text",
  "domain:multimodal:video-text",
  "domain:code:code summarization",
  "domain:code:code editing",
  "domain:robotics:robot control",
  "domain:graph:crystal",
  "domain:science:quantum",
  "technique:token-reduction:token dropping",
  "technique:recurrence-memory:linear rnn",
  "technique:quantization:post-training quantization",
  "technique:quantization:quantization-aware training",
  "technique:peft:prompt tuning",
  "technique:peft:prefix tuning",
  "technique:efficient-decoding:non-autoregressive",
  "technique:efficient-decoding:parallel decoding",
  "technique:adaptive-computation:mixture of depths",
  "technique:architecture-search:hardware-aware",
  "technique:parameter-sharing:looped transformer",
  "technique:parameter-sharing:universal transformer",
  "domain:3d:voxel",
  "domain:3d:mesh",
  "domain:graph:molecule",
  "domain:graph:molecular graph",
  "domain:science:astronomy",
  "domain:science:fluid dynamics",
  "domain:science:materials science",
  "domain:biomedical:eeg",
  "domain:biomedical:ecg",
  "domain:biomedical:protein",
  "domain:biomedical:genomics",
  "domain:tabular:click-through",
  "domain:robotics:embodied",
  "task:generation:vocoder",
  "task:restoration:deblurring",
  "task:pose-3d:mesh recovery",
  "task:pose-3d:human pose",
  "task:reasoning:arithmetic",
]);

/**
 * Phrases of the field that name a family of values, not one (from the taxonomy's definitions):
 * "model compression" is quantisation, pruning, distillation, low-rank factorisation or weight
 * sharing (not a learned codec, which is "Neural compression & coding"); "long context" is what
 * recurrence and memory, sparse, linear and low-rank attention are for. Recognised in a query (to
 * offer and boost the values) and never indexed: a pruning paper does not say "long context".
 */
export const BROADER_TERMS: readonly { phrases: readonly string[]; values: readonly (readonly [FacetName, string])[] }[] = [
  {
    phrases: ["model compression", "transformer compression", "network compression", "compressing transformers", "compressed model"],
    values: [
      ["technique", "quantization"],
      ["technique", "pruning"],
      ["technique", "distillation"],
      ["technique", "low-rank"],
      ["technique", "parameter-sharing"],
    ],
  },
  {
    phrases: ["long context", "long sequence", "long range", "long document", "long input", "long-context", "long-range"],
    values: [
      ["technique", "recurrence-memory"],
      ["technique", "sparse-attention"],
      ["technique", "linear-attention"],
      ["technique", "low-rank"],
    ],
  },
];

/** Values whose label names no topic a reader searches for ("New method or model", "General"). */
const UNSEARCHED = new Set(["domain:general", "contribution:method"]);

export interface FacetTerm {
  facet: FacetName;
  value: string;
  label: string;
  /** The label and the aliases, lower-case: what a query may name the value by. */
  phrases: string[];
  /** The phrases indexed with the papers that carry the value (see `indexedPhrases`). */
  indexed: string[];
}

const stemmed = (phrase: string) =>
  (phrase.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));

const named = (Object.keys(TAXONOMY) as FacetName[]).flatMap((facet) =>
  TAXONOMY[facet].values
    .filter((v) => !UNSEARCHED.has(`${facet}:${v.slug}`))
    .map((v) => ({
      facet,
      value: v.slug,
      label: v.label,
      phrases: [...new Set([v.label.toLowerCase(), ...((FACET_TERMS[facet] as Record<string, readonly string[]>)[v.slug] ?? [])])],
    })),
);

/**
 * A phrase holding a word that alone names another value is not indexed: "Token pruning &
 * merging" on a token-merging paper would make it match "pruning", a technique it does not use.
 */
function indexedPhrases(term: (typeof named)[number]): string[] {
  const othersWords = new Set(
    named
      // "transformer" names nearly every paper: a phrase holding it ("linear transformer") still names its own value.
      .filter((t) => t !== term && !(t.facet === "architecture" && t.value === "transformer"))
      .flatMap((t) => t.phrases.map(stemmed))
      .filter((words) => words.length === 1)
      .map(([w]) => w),
  );
  return term.phrases.filter((p) => {
    if (NARROWER.has(`${term.facet}:${term.value}:${p}`)) return false;
    const words = stemmed(p);
    return words.length === 1 || !words.some((w) => othersWords.has(w));
  });
}

export const SEARCHED_FACET_TERMS: FacetTerm[] = named.map((t) => ({ ...t, indexed: indexedPhrases(t) }));
