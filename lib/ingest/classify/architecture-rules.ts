import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const ARCHITECTURE_RULES: Rule<FacetSlug<"architecture">>[] = [
  {
    value: "transformer",
    strong: [/\b(\w*former\w*|transformers?|self-attention|attention|ViTs?|DETR|BERT|GPT|DiT|LLMs?)\b/i],
  },
  {
    value: "hybrid",
    strong: [
      /\b(hybrid|convolution-augmented|Conformer|conv(?:olution)?s? (?:and|with) (?:self-)?attention|attention (?:and|with) convolution\w*|CNN-Transformer|Transformer-CNN|combin\w+ (?:CNNs?|convolution\w*) (?:and|with) (?:Transformers?|attention)|marry\w* convolution|convolutional (?:inductive|stem)|interleav\w+|ConvFormer|CoAtNet|graph (?:layers|neural networks?) (?:and|with) (?:Transformers?|attention)|Transformer (?:and|with) RNN|recurrent network)\b/i,
    ],
  },
  {
    value: "state-space",
    strong: [/\b(state[- ]space models?|SSMs?|Mamba|RWKV|xLSTM|RetNet|LSTMs?|RNNs?|recurrent neural networks?|linear RNNs?)\b/i],
  },
  {
    value: "convolutional",
    strong: [/\b(CNNs?|ConvNets?|convolutional neural networks?|ConvNeXt|DenseNet|ResNets?|U-Net|convolutional networks?|pure convolution\w*|fully convolutional)\b/i],
  },
  {
    value: "mlp",
    strong: [/\b(MLP-Mixer|all-MLP|MLP-like|mixer models?|pure MLP|gMLP|ResMLP)\b/i],
  },
];
