// "Mentioned, not evidence": words just before a phrase (in its clause) that make it
// something the paper compares with or departs from, not its own subject. One per line.

// Technique and architecture: any contrast or reference to earlier work.
// prettier-ignore
export const CONTRAST_STRICT = [
  "unlike",
  "compared (?:to|with)",
  "in contrast to",
  "contrary to",
  "rather than",
  "instead of",
  "than",
  String.raw`outperform\w*`,
  String.raw`surpass\w*`,
  String.raw`beat\w*`,
  "relative to",
  "versus",
  String.raw`vs\.?`,
  String.raw`replac\w*`,
  "without",
  String.raw`inspired by`,
  String.raw`borrow\w* from`,
  "adapted from",
  "alternatives? to",
  "competitive with",
  "comparable (?:to|with)",
  "on par with",
  String.raw`rival\w*`,
  // "compatible with weight quantisation": another method the paper's can be stacked with.
  "compatible with",
  "complementary to",
  "orthogonal to",
  "combined with",
];

// Only outside the paper's own sentences: "we survey techniques such as pruning" and
// "we show that existing linear attention fails" are the paper's subject.
// prettier-ignore
export const CONTRAST_OUTSIDE_OWN = [
  "previous",
  "prior",
  "existing",
  "conventional",
  "traditional",
  "vanilla",
  "such as",
  String.raw`e\.g\.?,?`,
];

// Domain, task and contribution: only explicit contrasts.
// prettier-ignore
export const CONTRAST_LOOSE = [
  "unlike",
  "in contrast to",
  "rather than",
  "instead of",
  "compared (?:to|with)",
  String.raw`outperform\w*`,
  String.raw`surpass\w*`,
  "inspired by",
  "alternative to",
];

// Words that undo a contrast before the phrase: "we replace softmax attention with linear attention".
// prettier-ignore
export const CONTRAST_TURNS = [
  "with",
  "by",
  "into",
  "using",
  "we",
  "our",
];

// After "outperforms" or "surpasses", these say where the paper's own model was evaluated, so a task
// or domain after them is the paper's: "outperforms existing systems for speech translation".
// prettier-ignore
export const EVALUATED_ON = [
  "on",
  "for",
  "in",
  "at",
  "across",
];

// Words just after a phrase that make it a mention: "MoE baselines", "attention-free".
// prettier-ignore
export const MENTION_AFTER = [
  String.raw`[\w\s-]{0,25}\b(?:baselines?|counterparts?|competitors)`,
  "-free",
  " free",
  " alternatives?",
];

// In a title, only words that set a family or mechanism aside: "Transformers without Convolutions".
// prettier-ignore
export const CONTRAST_IN_TITLE = [
  "without",
  "instead of",
  "rather than",
  "beyond",
  "free of",
  "alternatives? to",
  "successors? to",
];
