// Cues that give a sentence its role (sentences.ts). One phrase per line.

// prettier-ignore
export const OWN_WORK_CUES = [
  "we",
  "our",
  "ours",
  "this (?:paper|work|study|thesis|survey|article|tutorial|review|report)",
  "here",
  "the proposed",
  "in this",
];

// A sentence that proposes stays the paper's own work even when it also reports results.
// prettier-ignore
export const PROPOSAL_CUES = [
  String.raw`(?:propos|introduc|present|develop|design|devis|build|construct)\w*`,
  "called",
  "named",
  "dubbed",
  "termed",
];

// prettier-ignore
export const EXPERIMENT_CUES = [
  "experiments?",
  String.raw`experimental(?:ly)?`,
  "results",
  String.raw`evaluat\w+`,
  String.raw`benchmarks?`,
  String.raw`outperform\w*`,
  String.raw`surpass\w*`,
  String.raw`achiev\w+`,
  "state-of-the-art",
  "SOTA",
  "datasets",
  "empirically",
  "code (?:is|and models are|will be) (?:publicly )?available",
];

// prettier-ignore
export const BACKGROUND_CUES = [
  String.raw`recent(?:ly)?`,
  String.raw`success\w*`,
  "(?:have|has) (?:been|become|achieved|shown|demonstrated|emerged)",
  String.raw`dominat\w*`,
  String.raw`popular\w*`,
  "widely",
  String.raw`remarkabl\w*`,
  "prevalent",
  "ubiquitous",
  "tremendous",
  "impressive",
  String.raw`revolutioni[sz]\w*`,
  "state-of-the-art (?:in|across)",
  "however",
];

// Sentences about what earlier work does or lacks.
// prettier-ignore
export const PRIOR_WORK_CUES = [
  String.raw`(?:existing|previous|prior|conventional|traditional|current|most|many) (?:\w+ ){0,2}(?:methods|approaches|works|models|studies|techniques|architectures|solutions)`,
  "(?:have|has) been proposed",
  String.raw`suffer\w*`,
  "struggle",
  "limited by",
];
