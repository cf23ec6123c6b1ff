// Cues the conventions (conventions/) look for; they are not facet values themselves. One per line.

// prettier-ignore
export const MULTIMODAL_CUES = [
  String.raw`multi-?modal\w*`,
  "cross-modal",
  "vision-language",
  "visual-language",
  "vision and language",
  "(?:vision|video|image)-and-language",
  "language-and-vision",
  "audio-visual",
  "audio-video",
  "video-text",
  "video-language",
  "text-video",
  "image-text",
  "text-to-image",
  "text-to-video",
  "text-to-3D",
  "VLMs?",
  "MLLMs?",
  "LMMs?",
  "large multimodal models?",
  "VQA",
  "visual question answering",
  "image captioning",
  "captioning",
  "CLIP",
  "any-modality",
  "vision-language-action",
];

// The modalities a multimodal cue names by itself: a vision-language model models images and text
// even when its abstract never says "image" in a sentence of its own. One cue per line.
// prettier-ignore
export const MULTIMODAL_PARTS_CUES: Record<"vision" | "video" | "audio" | "language" | "3d", readonly string[]> = {
  vision: [
    "vision-language",
    "visual-language",
    "vision and language",
    "(?:vision|image)-and-language",
    "language-and-vision",
    "image-text",
    "text-image",
    "text-to-image",
    "image-to-text",
    "VLMs?",
    "MLLMs?",
    "LMMs?",
    "VQA",
    "visual question answering",
    "image captioning",
    "visual instruction",
    "multimodal (?:large language models?|LLMs?|understanding)",
  ],
  video: [
    "video-text",
    "video-language",
    "text-video",
    "text-to-video",
    "video-and-language",
    "video question answering",
    "video captioning",
    "audio-visual",
    "audio-video",
  ],
  audio: [
    "audio-visual",
    "audio-video",
    "audio-language",
    "text-to-audio",
    "speech-text",
    "text-to-music",
  ],
  language: [
    "vision-language",
    "visual-language",
    "vision and language",
    "(?:vision|video|image)-and-language",
    "language-and-vision",
    "image-text",
    "text-image",
    "text-to-image",
    "image-to-text",
    "text-to-video",
    "video-text",
    "video-language",
    "text-video",
    "VLMs?",
    "MLLMs?",
    "LMMs?",
    "VQA",
    "visual question answering",
    "(?:image|video) captioning",
    "visual instruction",
    "multimodal (?:large language models?|LLMs?)",
    "audio-language",
    "speech-text",
    "text-to-3D",
  ],
  "3d": [
    "text-to-3D",
    "3D vision-language",
  ],
};

// Theory of transformers: modality-agnostic unless the paper frames it around one. One cue per line.
// prettier-ignore
export const THEORY_CUES = [
  String.raw`(?:we|I) (?:\w+ )?prove`,
  // Not "theorem proving", a task of formal mathematics.
  String.raw`theorems?(?! prov)`,
  "expressive power",
  String.raw`expressivity`,
  "circuit complexity",
  "complexity class",
  "universal approximators?",
  "universal approximation",
  "provably",
  "formal languages?",
  "theoretical (?:analysis|framework|understanding|results?|perspective)",
  // "we theoretically show", not "theoretically simplistic".
  String.raw`theoretically (?:\w+ )?(?:show|prov|demonstrat|analy[sz]|justif|establish|characteri[sz])\w*`,
  String.raw`(?:we|I) theoretically`,
];

// Geometry captured as points rather than pixels.
// prettier-ignore
export const POINT_CLOUD_CUES = [
  String.raw`point[- ]clouds?`,
  "LiDAR",
  "point sets?",
];

// Anything a camera gives: with these, a point-cloud paper also works on images.
// prettier-ignore
export const IMAGE_CUES = [
  String.raw`images?`,
  "camera",
  "RGB",
  "multi-view",
  String.raw`pixels?`,
  String.raw`photo\w*`,
  "2D",
  String.raw`videos?`,
  "visual",
  "vision",
];

// Physiological signals are biomedical time series.
// prettier-ignore
export const PHYSIOLOGICAL_CUES = [
  "EEG",
  "ECG",
  "EMG",
  "PPG",
  String.raw`electrocardiogra\w*`,
  String.raw`electroencephalogra\w*`,
  "physiological signals?",
  "biosignals?",
  "wearable sensors?",
];

// Speech turned into text, or text into speech, by a standard task stays an audio paper.
// prettier-ignore
export const SPEECH_TO_TEXT_CUES = [
  "text-to-speech",
  "TTS",
  "speech synthesis",
  "speech translation",
  "speech-to-text",
  "speech recognition",
  "ASR",
  "spoken language (?:understanding|translation)",
  "transcription",
];

// Words in a title that make a paper a comparison of families.
// prettier-ignore
export const COMPARISON_CUES = [
  String.raw`vs\.?`,
  "versus",
  String.raw`compar\w+`,
  String.raw`benchmark\w*`,
  "study of",
  String.raw`revisit\w*`,
  "better than",
  String.raw`(?:more|less|rather) \w+ than`,
  String.raw`match(?:es)?`,
  "battle",
  "empirical study",
  String.raw`replac\w*`,
];

// Verbs of a design that puts two families into one model.
// prettier-ignore
export const COMBINING_CUES = [
  String.raw`combin\w*`,
  String.raw`integrat\w*`,
  String.raw`incorporat\w*`,
  "fus(?:e|es|ed|ing|ion)",
  "hybrid",
  String.raw`marr\w+`,
  String.raw`inject\w*`,
  String.raw`augment\w*`,
  String.raw`interleav\w*`,
  String.raw`coupl\w*`,
  String.raw`bridg\w*`,
  "meets?",
  "alongside",
  String.raw`complement\w*`,
];

// A study setting transformers beside CNNs: "more sensitive than convolutional models", "ViTs and CNNs".
// prettier-ignore
export const CNN_COMPARISON_CUES = [
  String.raw`(?:than|versus|vs\.?|compared (?:to|with)|against|and|or|with|to) (?:the |standard |traditional |classical )?(?:CNNs|convolutional (?:neural )?networks|convolutional models|ResNets|ConvNets)`,
  String.raw`(?:CNNs|convolutional neural networks|ConvNets|ResNets) (?:and|or|versus|vs\.?) (?:vision )?transformers`,
];

// A sentence that names two families to set them apart, not to combine them.
// prettier-ignore
export const SEPARATING_CUES = [
  "unlike",
  "instead of",
  "rather than",
  "without",
  "free",
  String.raw`outperform\w*`,
  "than",
];

// prettier-ignore
export const PACKAGE_TITLE_CUES = [
  "toolkit",
  "library",
  "package",
  // Serving systems and kernels are software for running models, not a new model.
  "serving",
  String.raw`kernels?`,
  "(?:inference|serving|training|attention) (?:engine|system)",
  "programming model",
];

// A paper that names no task but reports accuracy is classifying something.
// prettier-ignore
export const ACCURACY_CUES = [
  "accuracy",
  "accurate predictions",
  "top-1",
  "F1",
];

// Generators and discriminators of audio and image GANs are convolutional unless attention is named.
// prettier-ignore
export const CONVOLUTIONAL_DESIGN_CUES = [
  "GANs?",
  "generative adversarial",
  "discriminators?",
  "vocoders?",
  "filter ?banks?",
  "invertible neural networks?",
  "kernels? sizes?",
  // Diffusion models that name no attention are the U-Net kind (Stable Diffusion, latent diffusion).
  "(?:stable|latent|text-to-image|denoising) diffusion",
  "diffusion models?",
  "score-based",
];

// A title that makes the paper a survey (the contribution table's survey rule and the conventions share it).
// prettier-ignore
export const SURVEY_TITLE_CUES = [
  "survey",
  "review",
  "tutorial",
  "overview",
];
