import type { LexiconInput } from "./entry";

// prettier-ignore
export const MODELS: LexiconInput[] = [
  { name: "Swin Transformer", match: ["Swin"], what: "vision transformer with shifted-window attention", domain: ["vision"], technique: ["sparse-attention"], architecture: ["transformer"], source: "arXiv:2103.14030" },
];
