import type { FacetSlug } from "../../taxonomy";
import { withMin } from "./rule";

// A domain named once in a sentence about the paper's own work is enough; the
// field-wide opening sentence alone is not.
const DOMAIN_MIN = 0.6;
export const DOMAIN_RULES = withMin<FacetSlug<"domain">>(DOMAIN_MIN, [
  {
    value: "language",
    strong: [
      /\b(natural language|NLP|machine translation|language model\w*|LLMs?|large language|question answering|text classification|sentiment|summari[sz]ation|named entity|long documents?|text retrieval|passage retrieval|dense retrieval|NMT|WMT|perplexity|textual|tokens? of text|speech translation|linguistic|vision-language|VLMs?|video-language|video-text|text-to-\w+|text generation|generating text|text tokens|captions?|captioning|instruction[- ]tun\w+)\b/i,
    ],
    // Model names and benchmarks (BERT, GLUE) are often only what a generic method is tried on.
    weak: [/\b(documents?|words?|sentences?|text|vocabulary|corpus|corpora|GLUE|SuperGLUE|BERT|RoBERTa|GPT-?\d*|T5)\b/i],
  },
  {
    value: "vision",
    strong: [
      /\b(images?|image-text|visual recognition|vision transformers?|ViTs?|computer vision|ImageNet|COCO|ADE20K|Cityscapes|object detection|semantic segmentation|instance segmentation|panoptic|image super-resolution|deblurring|remote sensing|aerial|satellite|hyperspectral|geospatial|photo\w*|face recognition|facial|visual backbones?|DETR|Swin|dense prediction|vision-language|VLMs?|VQA|visual question|text-to-image|dense pose|pixels?|vision tasks?|visual tasks?|visual)\b/i,
    ],
  },
  {
    value: "video",
    strong: [
      /\b(videos?|Kinetics|action recognition|video object segmentation|VOS|UAV tracking|visual object tracking|object tracking|trackers?|video-text|text-to-video|audio-visual|video frames)\b/i,
    ],
  },
  {
    value: "audio",
    strong: [
      /\b(speech|audio|ASR|spoken|acoustic|music\w*|sound|text-to-speech|TTS|vocoders?|speaker|waveform|voice|vocal|LibriSpeech|AudioSet|monaural|spectrograms?|audio-visual|singing)\b/i,
    ],
  },
  {
    value: "time-series",
    strong: [
      /\b(time[- ]series|timeseries|sensor (?:data|streams?|signals?)|multivariate (?:series|forecasting)|temporal sequences|light curves?|traffic (?:flow|forecasting)|electricity|stock (?:prices?|market)|observability)\b/i,
    ],
  },
  {
    value: "3d",
    strong: [
      /\b(3D|three-dimensional|point clouds?|voxels?|meshe?s?|LiDAR|depth estimation|monocular depth|scene completion|human mesh|body shape|pose and shape|4D|NeRF|indoor scenes?|BEV|bird's-eye)\b/i,
    ],
  },
  {
    value: "graph",
    strong: [
      /\b(graph-structured|graph transformers?|GNNs?|graph neural|graph data|graph learning|graph representation|molecul\w+|crystal\w*|node classification|link prediction|dynamic graphs?|graph classification|on graphs|of graphs|graphs)\b/i,
    ],
    min: 1.5,
  },
  {
    value: "science",
    strong: [
      /\b(PDEs?|partial differential equations?|neural operators?|operator learning|weather|climate|astronom\w+|astrophysic\w*|materials?|quantum|fluids?|turbulen\w+|physics|physical systems?|Navier|seismic|particle physics|crystal\w*|chemistry|chemical|molecular dynamics|transients?|cosmolog\w+|device placement)\b/i,
    ],
  },
  {
    value: "biomedical",
    strong: [
      /\b(medical|clinical|patients?|healthcare|EEG|ECG|genom\w+|proteins?|DNA|RNA|oligonucleotide|peptide\w*|biolog\w+|biosequence\w*|MRI|CT|histopatholog\w+|patholog\w+|radiolog\w+|disease\w*|diagnos\w+|brain|tumou?r|lesions?|organs?|drugs?|biomedical|surgical|vessels?|autism)\b/i,
    ],
  },
  {
    value: "tabular",
    strong: [
      /\b(tabular|tables?|recommend\w+|click-through|CTR|user interactions?|user behaviou?rs?|e-commerce|record linkage|entity (?:matching|resolution)|treatment effects?|causal inference|spreadsheets?)\b/i,
    ],
  },
  {
    value: "code",
    strong: [
      /\b(source code|code generation|program synthesis|code comments?|code summari[sz]ation|code completion|code (?:changes|edits?|editing|documentation|refactoring|review)|bug fix\w*|program repair|software engineering)\b/i,
    ],
  },
  {
    value: "robotics",
    strong: [
      /\b(reinforcement learning|robot\w*|embodied|control policies|policy learning|offline RL|RL|decision transformer|Atari|locomotion|manipulation tasks?|vision-language-action|VLA|autonomous driving|agents? (?:acting|in environments))\b/i,
    ],
  },
]);
