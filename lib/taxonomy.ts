import { z } from "zod";

// The facet vocabulary of ../shared/taxonomy.md. Slugs are a public contract
// (URLs, saved searches): change a label freely, never a slug.
export const TAXONOMY = {
  domain: {
    label: "Domain",
    question: "the data the model works on",
    values: [
      { slug: "language", label: "Language", qualifies: "natural-language text: language models, NLP tasks, text retrieval, text translation" },
      {
        slug: "vision",
        label: "Vision",
        qualifies: "still images: recognition, detection, segmentation, restoration, image generation, remote sensing images",
      },
      { slug: "video", label: "Video", qualifies: "moving images: video understanding, video segmentation or tracking, video generation" },
      { slug: "audio", label: "Speech & audio", qualifies: "speech, music and sound: ASR, TTS, vocoders, separation, enhancement, sound events, music" },
      {
        slug: "time-series",
        label: "Time series",
        qualifies: "sequences of measurements over time: forecasting, classification or generation of series, sensor streams",
      },
      { slug: "multimodal", label: "Multimodal", qualifies: "two or more modalities modelled jointly: vision-language, audio-visual, video-text" },
      {
        slug: "3d",
        label: "3D & point clouds",
        qualifies: "3D geometry as input or output: point clouds, voxels, meshes, 3D scenes, 3D human or animal pose and shape",
      },
      { slug: "graph", label: "Graphs", qualifies: "graph-structured data: graph transformers, dynamic graphs, molecules or crystals as graphs" },
      {
        slug: "science",
        label: "Science & engineering",
        qualifies: "physical sciences and engineering: PDEs and operator learning, weather and climate, astronomy, materials, quantum, fluids",
      },
      { slug: "biomedical", label: "Biomedical", qualifies: "medicine and biology: medical imaging, clinical data, EEG/ECG, genomics, proteins" },
      { slug: "tabular", label: "Tabular & recommendation", qualifies: "tables, recommender systems, click-through and user-interaction data" },
      { slug: "code", label: "Code", qualifies: "source code: generation, summarisation, editing" },
      { slug: "robotics", label: "Robotics & RL", qualifies: "reinforcement learning, robot control, planning, embodied agents" },
      {
        slug: "general",
        label: "General / modality-agnostic",
        qualifies:
          "architecture, theory or analysis not tied to one modality (in-context-learning theory, generic attention variants, surveys of transformers as such)",
      },
    ],
  },
  task: {
    label: "Task",
    question: "what the model is asked to do",
    values: [
      { slug: "language-modeling", label: "Language modelling & text generation", qualifies: "LM pretraining, LLMs, generating text" },
      {
        slug: "classification",
        label: "Classification & recognition",
        qualifies: "a label for the whole input: image, audio, text or series classification, face, speaker or action recognition",
      },
      {
        slug: "detection",
        label: "Detection & tracking",
        qualifies: "locating objects or events: object detection, sound event detection, anomaly or intrusion detection, tracking",
      },
      {
        slug: "segmentation",
        label: "Segmentation",
        qualifies: "per-pixel, per-point or per-frame masks: semantic, instance, panoptic, video object, medical segmentation",
      },
      {
        slug: "generation",
        label: "Generation & synthesis",
        qualifies: "generating images, video, audio, speech (TTS, vocoders), music, 3D or series, other than text",
      },
      { slug: "speech-recognition", label: "Speech recognition & transcription", qualifies: "ASR, streaming ASR, music or handwriting transcription" },
      { slug: "translation", label: "Translation", qualifies: "machine translation of text or speech" },
      { slug: "forecasting", label: "Forecasting", qualifies: "predicting future values: time-series, weather, spatio-temporal forecasting" },
      {
        slug: "retrieval",
        label: "Retrieval & recommendation",
        qualifies: "dense retrieval, search, recommendation, matching, record linkage, geo-localisation by retrieval",
      },
      {
        slug: "restoration",
        label: "Restoration & enhancement",
        qualifies: "super-resolution, denoising, deblurring, artifact or reflection removal, speech enhancement",
      },
      { slug: "separation", label: "Source separation", qualifies: "separating speech, music or sound sources" },
      { slug: "pose-3d", label: "Pose, depth & 3D reconstruction", qualifies: "human or animal pose and shape, mesh recovery, depth, scene completion" },
      {
        slug: "representation-learning",
        label: "Representation learning & backbones",
        qualifies: "self-supervised or large-scale pretraining, general-purpose backbones and foundation models evaluated across tasks",
      },
      {
        slug: "scientific-modeling",
        label: "Scientific modelling",
        qualifies: "PDE surrogates, operator learning, physical simulation, material or molecular property prediction",
      },
      {
        slug: "reasoning",
        label: "In-context learning & reasoning",
        qualifies: "in-context learning, algorithmic tasks, arithmetic, planning and search, what transformers can compute",
      },
      {
        slug: "compression-coding",
        label: "Neural compression & coding",
        qualifies: "learned image or audio codecs, joint source-channel coding (not model compression: that is a technique)",
      },
    ],
  },
  technique: {
    label: "Efficiency technique",
    question: "how the paper makes a model cheaper (empty when it does not)",
    values: [
      {
        slug: "linear-attention",
        label: "Linear & kernel attention",
        qualifies: "linearised, kernelised, additive or otherwise sub-quadratic attention approximations; attention-free token mixing (Fourier, pooling)",
      },
      {
        slug: "sparse-attention",
        label: "Sparse & local attention",
        qualifies: "windowed, local, block-sparse, dilated, routing or clustered attention patterns",
      },
      { slug: "low-rank", label: "Low-rank & factorisation", qualifies: "low-rank or Nyström approximation of attention or weights, matrix factorisation" },
      { slug: "moe", label: "Mixture of experts", qualifies: "sparsely gated experts, conditional computation by routing to experts, upcycling" },
      { slug: "token-reduction", label: "Token pruning & merging", qualifies: "dropping, merging, pooling or downsampling tokens; latent-token bottlenecks" },
      {
        slug: "recurrence-memory",
        label: "Recurrence, memory & state spaces",
        qualifies: "recurrent or memory-augmented transformers for long context, state-space models, linear RNNs (Mamba, RWKV, xLSTM, RetNet)",
      },
      { slug: "quantization", label: "Quantisation", qualifies: "low-bit weights or activations, post-training or quantisation-aware training" },
      { slug: "pruning", label: "Pruning & sparsity", qualifies: "removing weights, heads, layers or channels; exploiting activation sparsity" },
      { slug: "distillation", label: "Knowledge distillation", qualifies: "training a smaller or cheaper student from a teacher" },
      {
        slug: "peft",
        label: "Parameter-efficient fine-tuning",
        qualifies: "adapters, LoRA, prompt or prefix tuning, hypernetworks, other few-parameter tuning",
      },
      {
        slug: "efficient-decoding",
        label: "Efficient inference & decoding",
        qualifies: "KV-cache reduction, non-autoregressive or parallel decoding, speculative or multi-head decoding, streaming caches",
      },
      {
        slug: "adaptive-computation",
        label: "Adaptive computation",
        qualifies: "dynamic depth or width, early exit, mixture of depths, elastic or nested models",
      },
      {
        slug: "architecture-search",
        label: "Architecture search & hardware-aware design",
        qualifies: "neural architecture search, hardware-aware or latency-driven design",
      },
      {
        slug: "lightweight-design",
        label: "Lightweight architecture",
        qualifies: "models built for mobile, edge or real-time budgets by their block and macro design",
      },
      {
        slug: "parameter-sharing",
        label: "Parameter sharing & recursion",
        qualifies: "weight sharing across layers, recursive, looped or universal transformers used to save parameters",
      },
      {
        slug: "systems",
        label: "Systems, kernels & parallelism",
        qualifies: "training or inference systems, parallelism, memory management, fused kernels, CPU/accelerator deployment",
      },
    ],
  },
  architecture: {
    label: "Architecture",
    question: "the model family the paper proposes or studies",
    values: [
      { slug: "transformer", label: "Transformer", qualifies: "attention-based models: encoders, decoders, ViTs, DETRs, diffusion transformers" },
      {
        slug: "hybrid",
        label: "Hybrid",
        qualifies: "attention combined with convolutions, recurrence, state spaces or graph layers in one model (Conformer, ConvFormer)",
      },
      { slug: "state-space", label: "State-space & recurrent", qualifies: "SSMs, RNNs, LSTMs, RWKV and other recurrent models proposed as the backbone" },
      { slug: "convolutional", label: "Convolutional", qualifies: "CNN backbones proposed or studied as such (DenseNet, ConvNeXt, U-Net)" },
      { slug: "mlp", label: "MLP & mixer", qualifies: "all-MLP or mixer models" },
    ],
  },
  contribution: {
    label: "Contribution",
    question: "what kind of paper it is",
    values: [
      { slug: "method", label: "New method or model", qualifies: "proposes a model, layer, training recipe or algorithm" },
      { slug: "survey", label: "Survey & tutorial", qualifies: "surveys, reviews, tutorials, introductions" },
      {
        slug: "analysis",
        label: "Theory & analysis",
        qualifies: "theory, empirical or mechanistic analysis, scaling laws, without a new method as the main point",
      },
      { slug: "benchmark", label: "Benchmark & dataset", qualifies: "benchmarks, datasets, evaluation suites, comparative studies" },
      { slug: "system", label: "Toolkit & system", qualifies: "software toolkits, libraries, training or serving systems" },
    ],
  },
} as const;

export type FacetName = keyof typeof TAXONOMY;
export const FACET_NAMES = Object.keys(TAXONOMY) as FacetName[];

type SlugOf<F extends FacetName> = (typeof TAXONOMY)[F]["values"][number]["slug"];

function slugsOf<F extends FacetName>(facet: F) {
  return TAXONOMY[facet].values.map((v) => v.slug) as [SlugOf<F>, ...SlugOf<F>[]];
}

export const Domain = z.enum(slugsOf("domain"));
export const Task = z.enum(slugsOf("task"));
export const Technique = z.enum(slugsOf("technique"));
export const Architecture = z.enum(slugsOf("architecture"));
export const Contribution = z.enum(slugsOf("contribution"));

export const FACET_ENUMS = {
  domain: Domain,
  task: Task,
  technique: Technique,
  architecture: Architecture,
  contribution: Contribution,
} as const satisfies { [F in FacetName]: z.ZodEnum };

export type FacetSlug<F extends FacetName = FacetName> = SlugOf<F>;

/** Facets that must carry at least one value (technique may be empty). */
export const REQUIRED_FACETS = ["domain", "task", "architecture", "contribution"] as const satisfies readonly FacetName[];

export function facetLabel(facet: FacetName, slug: string): string {
  const value = TAXONOMY[facet].values.find((v) => v.slug === slug);
  return value?.label ?? slug;
}

export function isFacetName(name: string): name is FacetName {
  return Object.hasOwn(TAXONOMY, name);
}
