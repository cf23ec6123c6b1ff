import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const TECHNIQUE_RULES: Rule<FacetSlug<"technique">>[] = [
  {
    value: "linear-attention",
    strong: [
      /\b(linear attention|linear[- ]complexity attention|linearized attention|kernel(?:ized)? attention|linear transformers?|attention[- ]free|Fourier (?:transform|mixing)|FNet|pooling (?:as|for) token mix\w*|token mixer|additive attention|sub-?quadratic|linear (?:time|complexity) (?:and|attention|self-attention)|Performer|random features?)\b/i,
    ],
  },
  {
    value: "sparse-attention",
    strong: [
      /\b(sparse attention|local attention|window(?:ed)? attention|shifted windows?|local windows?|window-based|block-sparse|dilated attention|sliding[- ]window|cross-shaped windows?|routing attention|clustered attention|bi-level routing|axial attention|local-global attention|local and global attention|neighbou?rhood attention|sparse transformers?|sparse self-attention)\b/i,
    ],
  },
  {
    value: "low-rank",
    strong: [/\b(low-rank|Nystr[oö]m\w*|factori[sz]ation|factori[sz]ed|matrix decomposition|rank-?\d+ approximation)\b/i],
  },
  {
    value: "moe",
    strong: [/\b(mixture[- ]of[- ]experts?|MoE|sparsely[- ]gated|experts? routing|routed experts|upcycl\w+|sparse experts?)\b/i],
  },
  {
    value: "token-reduction",
    strong: [/\b(token (?:pruning|merging|reduction|dropping|sparsification|selection)|prun\w+ tokens|merg\w+ tokens|fewer tokens|reduc\w+ (?:the )?(?:number of )?tokens|token downsampling|latent tokens?|compress\w* the input|VIP-tokens?|spatial reduction attention|progressive(?:ly)? shrink\w*|pooling layers?)\b/i],
  },
  {
    value: "recurrence-memory",
    strong: [
      /\b(state[- ]space models?|SSMs?|Mamba|RWKV|xLSTM|RetNet|retention|recurren\w+|memory-augmented|recurrent memory|linear RNNs?|selective state spaces?|compressive memory|long-term memory|memory tokens?)\b/i,
    ],
  },
  {
    value: "quantization",
    strong: [/\b(quanti[sz]\w+|low-bit|binar\w+|\d-bit|INT8|INT4|ternary)\b/i],
  },
  {
    value: "pruning",
    strong: [/\b(pruning|prune[ds]?|sparsity|structured sparsity|head pruning|remov\w+ (?:heads|layers|weights))\b/i],
  },
  {
    value: "distillation",
    strong: [/\b(distillation|distill\w*|teacher|student model)\b/i],
  },
  {
    value: "peft",
    strong: [/\b(parameter-efficient|adapters?|LoRA|prompt tuning|prefix tuning|hypernetworks?|few-parameter|fine-tun\w+ only)\b/i],
  },
  {
    value: "efficient-decoding",
    strong: [/\b(KV[- ]cache|key-value cache|non-autoregressive|parallel decoding|speculative decoding|multi-head decoding|streaming|decoding speed|inference speed-?up)\b/i],
  },
  {
    value: "adaptive-computation",
    strong: [/\b(early exit\w*|dynamic depth|adaptive computation|mixture[- ]of[- ]depths|elastic|nested models?|dynamic width|once-for-all|models of all sizes|conditional computation|adaptive (?:depth|width|inference))\b/i],
  },
  {
    value: "architecture-search",
    strong: [/\b(neural architecture search|architecture search|NAS|hardware-aware|latency-driven|search space|evolutionary search)\b/i],
  },
  {
    value: "lightweight-design",
    strong: [/\b(lightweight|light-weight|mobile|edge devices?|real-time|MobileNet|efficient (?:vision )?transformers? for mobile|resource-constrained|tiny|on-device|NPU)\b/i],
  },
  {
    value: "parameter-sharing",
    strong: [/\b(weight sharing|parameter sharing|shar\w+ (?:weights|parameters)|recursive|looped transformers?|universal transformers?|recursion)\b/i],
  },
  {
    value: "systems",
    strong: [/\b(kernels?|fused|parallelism|inference systems?|training systems?|serving|GPU memory|memory management|FlashAttention|CPU|FPGA|accelerators?|deployment|throughput on)\b/i],
  },
];
