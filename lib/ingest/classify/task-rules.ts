import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const TASK_RULES: Rule<FacetSlug<"task">>[] = [
  {
    value: "language-modeling",
    strong: [/\b(language model(?:s|ing|ling)?|LLMs?|GPT-?\d*|perplexity|next-token prediction|autoregressive (?:text|language)|text generation|pre-?trained language models?|causal LMs?|decoder-only)\b/i],
  },
  {
    value: "classification",
    strong: [
      /\b(image classification|classification|classify\w*|recognition|ImageNet(?:-1K)? (?:top-1|accuracy)|top-1 accuracy|sentiment analysis|face recognition|action recognition|speaker (?:recognition|verification|identification)|categori[sz]ation)\b/i,
    ],
  },
  {
    value: "detection",
    strong: [/\b(object detection|detection|detectors?|detect\w*|tracking|trackers?|DETR|anomaly|intrusion|localization of objects)\b/i],
  },
  {
    value: "segmentation",
    strong: [/\b(segmentation|segment\w*|masks? prediction|panoptic|matting)\b/i],
  },
  {
    value: "generation",
    strong: [
      /\b(image generation|video generation|text-to-image|text-to-video|text-to-speech|TTS|vocoders?|diffusion (?:models?|transformers?)|generative models? of (?:images|audio|video)|synthesi[sz]\w+|image synthesis|music generation|audio generation|speech synthesis|generat\w+ (?:images|videos|audio|speech|music|3D))\b/i,
    ],
  },
  {
    value: "speech-recognition",
    strong: [/\b(speech recognition|ASR|transcription|speech-to-text|LibriSpeech|WER|word error rate|handwriting recognition)\b/i],
  },
  {
    value: "translation",
    strong: [/\b(machine translation|translation|NMT|WMT|speech translation)\b/i],
  },
  {
    value: "forecasting",
    strong: [/\b(forecast\w*|predict\w* (?:future|the future)|weather prediction|traffic prediction)\b/i],
  },
  {
    value: "retrieval",
    strong: [/\b(retrieval|retriev\w+|recommend\w+|search engines?|re-?ranking|matching|record linkage|entity resolution|geo-?locali[sz]ation|click-through|CTR)\b/i],
  },
  {
    value: "restoration",
    strong: [/\b(super-resolution|image restoration|restoration|denois\w+|deblur\w*|derain\w*|dehaz\w*|artifact removal|reflection removal|speech enhancement|low-light enhancement|inpainting)\b/i],
  },
  {
    value: "separation",
    strong: [/\b(speech separation|source separation|separation|vocal separation)\b/i],
  },
  {
    value: "pose-3d",
    strong: [/\b(pose estimation|human pose|mesh recovery|depth estimation|monocular depth|pose and shape|3D reconstruction|scene completion|human mesh|3D human)\b/i],
  },
  {
    value: "representation-learning",
    strong: [
      /\b(self-supervised|pre-?training|pretrain\w*|foundation models?|general-purpose backbones?|(?:vision |visual )?backbones?|representation learning|representations for|universal representations?|masked (?:image|autoencod\w+))\b/i,
    ],
  },
  {
    value: "scientific-modeling",
    strong: [/\b(PDEs?|partial differential|neural operators?|operator learning|surrogate model\w*|physical simulation|simulat\w+ of physical|property prediction|molecular property|turbulent|fluid dynamics|physics foundation)\b/i],
  },
  {
    value: "reasoning",
    strong: [/\b(in-context learning|reasoning|arithmetic|algorithmic tasks?|planning|what transformers can (?:compute|learn)|expressiv\w+|universal approximat\w+|Turing|compositional generali[sz]ation|length generali[sz]ation)\b/i],
  },
  {
    value: "compression-coding",
    strong: [/\b(image compression|learned (?:image |audio |video )?codecs?|joint source-channel coding|JSCC|neural (?:audio |image )?codecs?|rate-distortion|entropy model)\b/i],
  },
];
