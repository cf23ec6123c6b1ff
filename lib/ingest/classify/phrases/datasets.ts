import type { PhraseTable } from "../phrase";

// Benchmarks and what data they hold. They add no domain to a paper framed around another one
// (a generic method tried on ImageNet and GLUE is general); they frame a paper whose text names
// no modality at all. One name per line.
// prettier-ignore
export const DATASET_PHRASES: PhraseTable<"domain"> = {
  "vision": {
    strong: [
      String.raw`ImageNet(?:-\w+)?`,
      String.raw`CIFAR-?\d*(?:-C)?`,
      "MNIST",
      "COCO",
      "ADE20K",
      "Cityscapes",
      "Pascal VOC",
      String.raw`VOC\d{4}`,
      "Places365",
      "iNaturalist",
      "CUB-200",
      "Tiny-ImageNet",
      "DomainNet",
      "Office-Home",
      "MPII",
      "CelebA",
      "FFHQ",
      "Set5",
      "Urban100",
    ],
  },
  "video": {
    strong: [
      String.raw`Kinetics(?:-\d+)?`,
      "Something-Something(?: V2)?",
      "UCF-?101",
      "HMDB-?51",
      "DAVIS",
      "YouTube-VOS",
      "LaSOT",
      "GOT-10k",
    ],
  },
  "language": {
    strong: [
      "GLUE",
      "SuperGLUE",
      "SQuAD",
      "WikiText(?:-103)?",
      String.raw`WMT(?:'?\d+)?`,
      "PG-19",
      "C4",
      "MMLU",
      "IMDB",
    ],
  },
  "audio": {
    strong: [
      "LibriSpeech",
      "AudioSet",
      "ESC-50",
      "Speech Commands",
      String.raw`VoxCeleb\d?`,
      String.raw`WSJ0-\dmix`,
      "LJSpeech",
      String.raw`AISHELL-?\d?`,
    ],
  },
  "time-series": {
    strong: [
      String.raw`ETTh\d?`,
      String.raw`ETTm\d?`,
      "ETT",
      "M4",
      "UEA",
      "UCR",
    ],
  },
  "3d": {
    strong: [
      String.raw`ModelNet-?\d*`,
      "ShapeNet(?:Part)?",
      "ScanNet(?:V2)?",
      "S3DIS",
      "nuScenes",
      "Waymo",
      String.raw`Human3\.6M`,
    ],
  },
  "science": {
    strong: [
      "QM9",
      "MD17",
      "ERA5",
    ],
  },
  "graph": {
    strong: [
      "OGB",
      "ZINC",
    ],
  },
};
