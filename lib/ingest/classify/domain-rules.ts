import type { FacetSlug } from "../../taxonomy";
import type { Rule } from "./rule";

export const DOMAIN_RULES: Rule<FacetSlug<"domain">>[] = [
  {
    value: "language",
    strong: [
      /\b(natural language processing|NLP|machine translation|language model(?:s|ing|ling)?|LLMs?|question answering|text classification|sentiment|summari[sz]ation|named entity|GLUE|SuperGLUE|BERT|GPT-?\d?|RoBERTa|T5|long documents?|text retrieval|passage retrieval|dense retrieval|neural machine translation|NMT)\b/,
    ],
    weak: [/\b(text|textual|words?|sentences?|tokens? of text|linguistic|documents?|corpus|corpora|vocabulary|WMT|captions?|instructions?)\b/i],
  },
  {
    value: "vision",
    strong: [
      /\b(image|images|visual recognition|vision transformers?|ViTs?|computer vision|ImageNet|COCO|ADE20K|object detection|semantic segmentation|instance segmentation|panoptic|super-resolution|deblurring|denoising of images|remote sensing|aerial|satellite imagery|pixel|pixels|photo\w*|face recognition|facial|CNNs? for vision|visual backbones?|DETR|Swin|dense prediction)\b/i,
    ],
    weak: [/\b(visual|vision|camera|scene|patches|RGB)\b/i],
  },
  {
    value: "video",
    strong: [/\b(video|videos|Kinetics|action recognition|spatio-?temporal video|frames of a video|optical flow|video object segmentation|VOS|UAV tracking|visual object tracking|object tracking)\b/i],
  },
  {
    value: "audio",
    strong: [
      /\b(speech|audio|ASR|speech recognition|spoken|acoustic|music\w*|sound|text-to-speech|TTS|vocoder|speaker|waveform|voice|vocal|LibriSpeech|AudioSet|monaural|spectrogram|Conformer)\b/i,
    ],
  },
  {
    value: "time-series",
    strong: [/\b(time[- ]series|forecasting|sensor (?:data|streams?)|multivariate series|temporal sequences of measurements|traffic flow|electricity load|light curves?|ECG|EEG)\b/i],
  },
  {
    value: "3d",
    strong: [
      /\b(3D|three-dimensional|point clouds?|voxels?|meshe?s?|LiDAR|depth estimation|monocular depth|scene completion|human mesh|body shape|pose and shape|4D|NeRF|indoor scene|BEV|bird's-eye)\b/i,
    ],
  },
  {
    value: "graph",
    strong: [/\b(graphs?|graph transformers?|GNNs?|graph neural|nodes and edges|molecul\w+|crystal\w*|node classification|link prediction)\b/i],
  },
  {
    value: "science",
    strong: [
      /\b(PDEs?|partial differential equations?|neural operators?|operator learning|weather|climate|astronom\w+|astrophysic\w*|material\w* science|quantum|fluids?|turbulen\w+|physics|physical systems?|simulation of physical|Navier|geospatial|biomass|earth observation|seismic|particle physics|jets?)\b/i,
    ],
  },
  {
    value: "biomedical",
    strong: [
      /\b(medical|clinical|patients?|health\w*|EEG|ECG|genom\w+|proteins?|DNA|RNA|oligonucleotide|biolog\w+|MRI|CT scans?|histopatholog\w+|patholog\w+|radiolog\w+|disease|diagnos\w+|cells?|brain|tumou?r|lesions?|organs?|drug|treatment effect|biomedical|surgical)\b/i,
    ],
  },
  {
    value: "tabular",
    strong: [/\b(tabular|tables?|recommend\w+|click-through|CTR|user interactions?|user behaviou?rs?|e-commerce|feature interactions?|record linkage|entity (?:matching|resolution)|treatment effect)\b/i],
  },
  {
    value: "code",
    strong: [/\b(source code|code generation|program synthesis|programming languages?|code summari[sz]ation|code completion|software engineering)\b/i],
  },
  {
    value: "robotics",
    strong: [/\b(reinforcement learning|robot\w*|embodied|control policies|policy learning|offline RL|decision transformer|Atari|locomotion|manipulation tasks?|vision-language-action|VLA|autonomous driving|agents? (?:acting|in environments))\b/i],
  },
];
