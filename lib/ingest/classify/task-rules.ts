import type { FacetSlug } from "../../taxonomy";
import { withMin } from "./rule";

// Tasks are often listed once, in the sentence that reports results, so a single
// mention in any sentence about the paper's work is enough (min 0.5).
const TASK_MIN = 0.3;

export const TASK_RULES = withMin<FacetSlug<"task">>(TASK_MIN, [
  {
    value: "language-modeling",
    strong: [
      /\b(language model(?:s|ing|ling)?|LLMs?|GPT-?\d*|perplexity|next-token prediction|autoregressive (?:text|language|decoding)|text generation|causal LMs?|decoder-only|long[- ](?:range|context|sequences?|documents?)|sequence model(?:l?ing)|language understanding|wikitext|enwik\d|PG-19|long range arena|LRA|chatbots?|instruction[- ]tun\w+)\b/i,
    ],
  },
  {
    value: "classification",
    strong: [
      /\b(\w+ classification|classification|classif(?:y|ier|iers)|(?<!speech |handwriting )recognition|ImageNet(?:-1K|-22K)?|top-1|sentiment analysis|categori[sz]ation|speaker (?:verification|identification)|audio tagging|AudioSet|keyword spotting|intent classification|GLUE)\b/i,
    ],
  },
  {
    value: "detection",
    strong: [/\b(object detection|\w+ detection|detection|detectors?|detect\w*|tracking|trackers?|DETR|anomal\w+|intrusion|COCO box|box AP|APbox|AP\^?b)\b/i],
  },
  {
    value: "segmentation",
    strong: [/\b(segmentation|segment\w*|panoptic|matting|mIoU|ADE20K|Cityscapes|mask AP)\b/i],
  },
  {
    value: "generation",
    strong: [
      /\b(image generation|video generation|text-to-image|text-to-video|text-to-speech|TTS|vocoders?|diffusion (?:models?|transformers?)|generative (?:models?|modell?ing|adversarial)|synthesi[sz]\w+|music generation|audio generation|speech synthesis|generat\w+ (?:images|videos|audio|speech|music|3D|shapes|samples)|GANs?|FID|image editing|personali[sz]ed (?:generation|text-to-image)|video prediction)\b/i,
    ],
  },
  {
    value: "speech-recognition",
    strong: [
      /\b(speech recognition|ASR|transcription|transcribe|speech-to-text|LibriSpeech|WER|word error rate|character error rate|CER|handwriting recognition|handwritten text recognition|Aishell|streaming recognition)\b/i,
    ],
  },
  {
    value: "translation",
    strong: [/\b(machine translation|translation|NMT|WMT|speech translation|BLEU)\b/i],
  },
  {
    value: "forecasting",
    strong: [/\b(forecast\w*|predict\w* (?:future|the future)|weather prediction|traffic prediction|spatio-?temporal prediction|future frames?)\b/i],
  },
  {
    value: "retrieval",
    strong: [
      /\b((?:text|image|video|passage|dense|cross-modal|document|information|neural|text-video|video-text|image-text) retrieval|retrieval tasks?|retriev\w+ (?:documents|passages|images|videos)|recommend\w+|search engines?|re-?ranking|record linkage|entity resolution|geo-?locali[sz]ation|click-through|CTR|feature matching|image matching)\b/i,
    ],
  },
  {
    value: "restoration",
    strong: [
      /\b(super-resolution|image restoration|restoration|denois\w+|deblur\w*|derain\w*|dehaz\w*|artifact removal|reflection removal|speech enhancement|enhancement|low-light|inpainting|bandwidth extension)\b/i,
    ],
  },
  {
    value: "separation",
    strong: [/\b(speech separation|source separation|separation|vocal separation|target speaker extraction)\b/i],
  },
  {
    value: "pose-3d",
    strong: [
      /\b(pose estimation|human pose|mesh recovery|depth estimation|monocular depth|pose and shape|3D reconstruction|scene completion|human mesh|3D human|dense pose|occupancy|shape reconstruction|3D (?:shape|object) (?:modeling|generation))\b/i,
    ],
  },
  {
    value: "representation-learning",
    strong: [
      /\b(self-supervised|representation learning|foundation models?|general-purpose (?:vision |visual )?(?:backbones?|models?|architectures?)|(?:vision |visual |generic |versatile )backbones?|backbone for|backbone networks?|universal representations?|masked (?:image|autoencod\w+|language model\w*)|pre-?train\w* (?:once|at scale|on large)|large-scale pre-?training|downstream tasks?|transfer learning)\b/i,
    ],
  },
  {
    value: "scientific-modeling",
    strong: [
      /\b(PDEs?|partial differential|neural operators?|operator learning|surrogate model\w*|physical simulation|simulat\w+ of physical|property prediction|molecular property|binding affinity|turbulent|fluid dynamics|physics foundation|material properties|energy prediction|interatomic)\b/i,
    ],
  },
  {
    value: "reasoning",
    strong: [
      /\b(in-context\w*|ICL|learning algorithms|data-fitting|regression (?:problems?|tasks?)|mixtures? of (?:linear )?regressions|reasoning|arithmetic|algorithmic tasks?|planning|what transformers can (?:compute|learn|represent)|numerical computations?|linear algebra|matrix (?:operations|inversion)|symbolic (?:mathematics|integration)|Dyck|formal languages?|expressive power|universal approximat\w+|Turing[- ]complete|compositional generali[sz]ation|length generali[sz]ation|search dynamics|sorting|copying task|induction heads?|approximation (?:and estimation )?(?:ability|rate|theory))\b/i,
    ],
  },
  {
    value: "compression-coding",
    strong: [
      /\b(image compression|audio compression|video compression|learned (?:image |audio |video )?codecs?|joint source-channel coding|JSCC|neural (?:audio |image |speech )?codecs?|rate-distortion|entropy model|audio codec|watermark\w*|bitrates?)\b/i,
    ],
  },
]);
