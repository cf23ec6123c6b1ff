import type { FacetSlug } from "../../taxonomy";
import { withMin } from "./rule";

// Efficiency words are everywhere ("efficient", "real-time", "GPU"); a technique
// counts when the paper's own design is built on it, so generic words are `weak`
// (a third of the weight) and specific mechanisms `strong`.
const TECHNIQUE_MIN = 0.6;

export const TECHNIQUE_RULES = withMin<FacetSlug<"technique">>(TECHNIQUE_MIN, [
  {
    value: "linear-attention",
    strong: [
      /\b(linear(?:ized)? (?:self-)?attention|linear transformers?|kernel(?:ized)? (?:self-)?attention|kernel density|random features?|Performer|softmax-free|attention-free|FNet|Fourier (?:mixing|layers?|neural operator)|fast Fourier|spectral mixing|auto-?correlation|additive attention|Galerkin|linear (?:time|complexity) (?:attention|self-attention|transformers?)|sub-?quadratic|approximat\w+ (?:the )?(?:softmax |self-)?attention|attention approximation|pooling (?:as|for) token mix\w*|O\(n\)|O\(N\)|O\(n log n\))\b/i,
    ],
    weak: [/\b(linear (?:computational )?complexity|linear time|quadratic (?:complexity|cost)|(?<!time-)frequency[- ]domain|FFT|Fourier transforms?)\b/i],
  },
  {
    value: "sparse-attention",
    strong: [
      /\b(sparse (?:self-)?attention|sparse transformers?|local (?:self-)?attention|local windows?|(?:shifted|sliding|cross-shaped|non-overlapping|local) windows?|window(?:ed)?[- ](?:based )?(?:self-)?attention|block(?:-wise)?[- ](?:sparse )?attention|dilated (?:self-)?attention|strided attention|ProbSparse|group(?:ed)? attention|axial attention|divided (?:space-time )?attention|factori[sz]ed (?:space-time |spatio-temporal |spatial |temporal )?attention|deformable attention|bi-level routing|routing attention|clustered attention|LSH|locality-sensitive hashing|top-k attention|global tokens|permuted self-attention|(?:non-overlapping|local) (?:blocks|chunks|segments)|chunk(?:ed|-based|wise)? (?:attention|processing)|dual-path|neighbou?rhood attention|local-global|local and global attention|attend(?:s|ing)? (?:only )?to (?:a )?(?:local|nearby|subset))\b/i,
    ],
  },
  {
    value: "low-rank",
    strong: [/\b(low-rank|low rank|Nystr[oö]m\w*|factori[sz]\w+(?! (?:self-)?attention)|matrix decomposition|rank-?\d+|SVD|singular value)\b/i],
  },
  {
    value: "moe",
    strong: [/\b(mixture[- ]of[- ](?:\w+ )?experts?|MoE|sparsely[- ]gated|routed experts|upcycl\w+|expert (?:layers?|routing|networks?|modules?))\b/i],
    weak: [/\bexperts\b/i],
  },
  {
    value: "token-reduction",
    strong: [
      /\b(token (?:pruning|merging|reduction|dropping|sparsification|selection|downsampling|compression)|(?:prun|merg|reduc|drop|select|compress)\w* (?:the )?(?:number of )?(?:redundant |visual |input )?tokens|fewer tokens|VIP-tokens?|spatial reduction|patch merging|pooling (?:attention|layers?|operations?)|(?:token|spatial|temporal|sequence) downsampl\w+|downsampl\w+ (?:the )?(?:tokens|sequence|keys)|shorten\w* (?:the )?sequence|latent (?:tokens|array|bottleneck)|distilling operation|patching|subword-level patches|patchout|patch dropout|(?:patches|tokens) (?:are|is|being) (?:removed|dropped|pruned|discarded|merged)|fixed-(?:length|size) latent|(?:drop|remov|discard|prun)\w* (?:\w+ ){0,3}(?:patches|tokens)|latent summar\w+|compact (?:latent )?summar\w+|skip\w* (?:input )?frames|shrink\w* (?:the )?(?:sequence|spatial)|hourglass)\b/i,
    ],
  },
  {
    value: "recurrence-memory",
    strong: [
      /\b(state[- ]space models?|SSMs?|Mamba\w*|RWKV\w*|xLSTM|RetNet|retention|memory-augmented|recurrent memory|memory (?:tokens|bank|module|slots)|external memory|linear RNNs?|selective state spaces?|compressive memory|long-term memory|segment-level|Transformer-XL|recurrence mechanism)\b/i,
    ],
    weak: [/\b(recurren\w+|LSTMs?|RNNs?)\b/i],
  },
  {
    value: "quantization",
    strong: [
      /\b((?:post-training|weight|activation|low-bit|mixed-precision|integer|\d-bit) quanti[sz]\w+|quanti[sz]ation-aware|quanti[sz]\w+ (?:the )?(?:weights|activations|models?|networks?|LLMs?|ViTs?|transformers?)|PTQ|QAT|low-bit|\d-bit (?:weights|activations|models?|integer)|INT8|INT4|ternary|binari[sz]\w+|binary (?:weights|neural)|bit-shift|shift networks?)\b/i,
    ],
    weak: [/\b((?<!vector |residual vector )quanti[sz]\w+)\b/i],
  },
  {
    value: "pruning",
    strong: [
      /\b((?<!token )pruning|(?<!token )prune[ds]?|structured sparsity|head pruning|activation sparsity|remov\w+ (?:attention )?(?:heads|layers|weights|channels))\b/i,
    ],
  },
  {
    value: "distillation",
    strong: [/\b(knowledge distillation|distill\w*|teacher[- ]student|teacher model|student model)\b/i],
  },
  {
    value: "peft",
    strong: [
      /\b(parameter-efficient (?:fine-)?tuning|PEFT|adapters?|HyperAdapter|LoRA|prompt[- ]tuning|prefix[- ]tuning|prompt-based|hypernetworks?|fine-tun\w+ only|frozen (?:backbone|model|LLM|pre-?trained)|few (?:trainable )?parameters|Kronecker adapter|partial fine-tuning)\b/i,
    ],
  },
  {
    value: "efficient-decoding",
    strong: [
      /\b(KV[- ]cache|key-value cache|non-autoregressive|parallel decoding|speculative decoding|multi-head decoding|Medusa|one forward (?:operation|pass)|decoding (?:speed|latency)|faster decoding)\b/i,
    ],
    weak: [/\b(caching|faster inference|inference speed)\b/i],
  },
  {
    value: "adaptive-computation",
    strong: [
      /\b(early[- ]exit\w*|dynamic (?:depth|width|routing|computation|inference|networks?)|adaptive (?:computation|depth|width|inference)|mixture[- ]of[- ]depths|elastic|nested|once-for-all|models of all sizes|configurable|layer skipping|skip(?:ping)? (?:layers|blocks)|input-dependent (?:depth|computation)|conditional computation|token routing across layers)\b/i,
    ],
  },
  {
    value: "architecture-search",
    strong: [
      /\b(neural architecture search|architecture search|NAS|hardware-aware (?:transformers?|design|search|NAS)|latency-driven|search space|evolutionary search|supernet|SuperTransformer|searching for)\b/i,
    ],
  },
  {
    value: "lightweight-design",
    strong: [
      /\b(lightweight|light-weight|mobile|MobileNet\w*|edge devices?|on-device|resource-constrained|NPU|microcontrollers?|tiny|compact (?:model|architecture|design))\b/i,
    ],
    weak: [
      /\b(real-time|low[- ]latency|fast inference|efficient (?:design|architecture|backbone)|fewer (?:parameters|FLOPs)|computational(?:ly)? (?:cost|efficient))\b/i,
    ],
    min: 1.5,
  },
  {
    value: "parameter-sharing",
    strong: [
      /\b(weight sharing|parameter sharing|shar\w+ (?:the )?(?:weights|parameters|layers|blocks) (?:across|between) layers|cross-layer|recursive (?:transformers?|layers?|blocks?|modules?)|recursion|looped transformers?|universal transformers?|reus\w+ (?:the )?(?:blocks|layers)|tied (?:weights|layers))\b/i,
    ],
  },
  {
    value: "systems",
    strong: [
      /\b((?:training|inference|serving|deep learning) (?:system|framework|library|toolkit)s?|parallelism|memory management|fused kernels?|CUDA kernels?|custom kernels?|kernel fusion|FlashAttention|hardware-aware (?:parallel )?algorithm|distributed training|FPGA|multi-party computation|MPC|throughput|deployment)\b/i,
    ],
    min: 1.5,
  },
]);
