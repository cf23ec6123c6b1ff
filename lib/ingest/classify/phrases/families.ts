// The words that name each model family, shared by the architecture table and the
// hybrid-design convention (one sentence naming attention and another family).
// prettier-ignore
export const ATTENTION_WORDS = [
      String.raw`\w+former\w*`,
      "transformers?",
      "self-attention",
      "attention",
      "ViTs?",
      "DETR",
      "BERT",
      String.raw`GPT-?\d*`,
      "DiTs?",
      "LLMs?",
];

// prettier-ignore
export const CONVOLUTION_WORDS = [
      "CNNs?",
      "ConvNets?",
      String.raw`ConvNeXt\w*`,
      String.raw`convolution\w*`,
      "conv",
      String.raw`ResNe[tX]\w*`,
      "U-?Nets?",
      "DenseNets?",
      String.raw`MobileNet\w*`,
      String.raw`EfficientNet\w*`,
      String.raw`YOLO\w*`,
      "depthwise",
      // Speaker and speech models built from time-delay (1-D convolution) layers.
      "TDNNs?",
      "time[- ]delay neural networks?",
];

// prettier-ignore
export const RECURRENCE_WORDS = [
      "state[- ]space models?",
      "state spaces?",
      "SSMs?",
      "S4",
      String.raw`Mamba\w*`,
      // A model named for it: "EHRMamba", "ClinicalMamba".
      String.raw`[A-Z]\w*Mamba\w*`,
      "RWKV",
      "xLSTM",
      "LSTMs?",
      "GRUs?",
      "RNNs?(?!-T)",
      "recurrent (?:neural )?networks?",
      "RetNet",
      "retentive networks?",
      "linear RNNs?",
      String.raw`recurren\w+(?![\w-]* (?:memory )?transformers?)`,
];
