import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const ATTENTION = /\b(\w+former\w*|transformers?|self-attention|attention|ViTs?|DETR|BERT|GPT-?\d*|DiTs?|LLMs?)\b/i;
export const CONVOLUTION =
  /\b(CNNs?|ConvNets?|ConvNeXt\w*|convolution\w*|conv|ResNe[tX]\w*|U-?Nets?|DenseNets?|MobileNet\w*|EfficientNet\w*|YOLO\w*|depthwise)\b/i;
export const RECURRENCE =
  /\b(state[- ]space models?|state spaces?|SSMs?|S4|Mamba\w*|RWKV|xLSTM|LSTMs?|GRUs?|RNNs?|recurrent (?:neural )?networks?|RetNet|retentive networks?|linear RNNs?|recurren\w+)\b/i;

export const ARCHITECTURE_RULES: Rule<FacetSlug<"architecture">>[] = [
  { value: "transformer", strong: [ATTENTION] },
  {
    value: "hybrid",
    strong: [
      /\b(hybrid (?:CNN|convolution\w*|architectures?|models?|networks?|vision transformers?|ViTs?|attention|Transformer\w*|design)|Conformer\w*|convolution-augmented|CNN-Transformer|Transformer-CNN|conv-attention|CoAtNet|Transformer-Convolutional|(?:CNN|convolution\w*|LSTM|RNN|recurrent|Mamba|SSM|graph neural network)s? (?:and|with|\+) (?:self-)?(?:attention|Transformers?)|(?:attention|Transformers?) (?:and|with|\+) (?:CNN|convolution|LSTM|RNN|recurrent|Mamba|SSM)\w*)\b/i,
    ],
  },
  { value: "state-space", strong: [RECURRENCE], min: 1.5 },
  { value: "convolutional", strong: [CONVOLUTION], min: 1.5 },
  {
    value: "mlp",
    strong: [/\b(MLP-Mixer|all-MLP|MLP-like|MLP-based|mixer models?|pure MLPs?|gMLP|ResMLP|MLPs? (?:only|alone)|simple MLP)\b/i],
    min: 1.5,
  },
];
