import type { PhraseTable } from "../phrase";
import { ATTENTION_WORDS, CONVOLUTION_WORDS, RECURRENCE_WORDS } from "./families";

// prettier-ignore
export const ARCHITECTURE_PHRASES: PhraseTable<"architecture"> = {
  "transformer": {
    strong: ATTENTION_WORDS,
  },
  "hybrid": {
    strong: [
      String.raw`hybrid (?:CNN|convolution\w*|architectures?|models?|networks?|vision transformers?|ViTs?|attention|Transformer\w*|design)`,
      "convolution-augmented",
      "CNN-Transformer",
      "Transformer-CNN",
      "conv-attention",
      "CoAtNet",
      "Transformer-Convolutional",
      String.raw`(?:CNN|convolution\w*|LSTM|RNN|recurrent|Mamba|SSM|state[- ]space models?|graph neural network)s? (?:and|with|\+) (?:self-)?(?:attention|Transformers?)`,
      String.raw`(?:attention|Transformers?) (?:and|with|\+) (?:CNN|convolution|LSTM|RNN|recurrent|Mamba|SSM|state[- ]space)\w*`,
      // "Falcon-H1: A Family of Hybrid-Head Language Models", "a parallel hybrid approach".
      String.raw`hybrid[- ](?:heads?|layers?|blocks?)`,
      "parallel hybrid",
    ],
  },
  "state-space": {
    min: 1.5,
    strong: RECURRENCE_WORDS,
  },
  "convolutional": {
    min: 1.5,
    strong: CONVOLUTION_WORDS,
  },
  "mlp": {
    min: 1.5,
    // "Pay Attention to MLPs", "… Forecasting with MLP via Distillation": a title naming MLPs studies them.
    title: [
      "MLPs?",
    ],
    strong: [
      "MLP-Mixer",
      "all-MLP",
      "MLP-like",
      "MLP-based",
      "mixer models?",
      "pure MLPs?",
      "gMLP",
      "ResMLP",
      "MLPs? (?:only|alone)",
      "simple MLP",
      // Model names built on MLP: CycleMLP, AS-MLP, Hire-MLP, sMLP, MLP-3D.
      String.raw`[a-z0-9]+-?MLPs?`,
      String.raw`MLP-(?!Mixer)[a-z0-9]+`,
      String.raw`(?:token|spatial|channel)[- ]mixing MLPs?`,
      "MLP (?:architectures?|models?|networks?|backbones?)",
      String.raw`(?:multi-?layer perceptrons?|MLPs?)(?: \(MLPs?\))? (?:architectures?|models?|networks?|backbones?|only)`,
      "attention-free MLPs?",
    ],
  },
};
