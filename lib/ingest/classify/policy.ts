import type { FacetName } from "../../taxonomy";
import type { Role } from "./sentences";

export type ContrastPolicy = "strict" | "loose";

interface FacetPolicy {
  /** Score a value needs, unless its phrase rule sets its own `min`. */
  min: number;
  /** A value scoring below this share of the facet's best value is a side remark. */
  relativeFloor: number;
  /**
   * Whether that share is of the best value's score in the abstract alone. A task the title names
   * scores three times the rest and would otherwise silence the tasks the abstract reports.
   */
  floorFromAbstract?: boolean;
  /** Which words before a phrase make it a mention (mention.ts). */
  contrast: ContrastPolicy;
  /** How much a hit counts in a sentence of each role: the conventions as weights. */
  roles: Record<Role, number>;
  /** How much a known model named in the paper's own work counts, relative to a phrase. */
  lexicon: number;
  /** A background or prior-work sentence naming more values than this lists the field: it counts for none. */
  listedAtMost: number;
}

// Every facet's thresholds in one place. The title names what the paper is; the opening
// "Transformers have achieved remarkable success in NLP and vision" sentence describes the
// field. Benchmarks named in the experiments add no domain, tasks named only in the
// background add no task, and prior work adds nothing.
export const POLICY: Record<FacetName, FacetPolicy> = {
  domain: {
    min: 0.6,
    relativeFloor: 0.3,
    contrast: "loose",
    roles: { title: 3, own: 1, detail: 0.6, experiments: 0.3, background: 0.3, prior: 0.3 },
    lexicon: 1 / 3,
    listedAtMost: 9,
  },
  task: {
    min: 0.3,
    relativeFloor: 0.3,
    floorFromAbstract: true,
    contrast: "loose",
    roles: { title: 3, own: 1, detail: 0.6, experiments: 0.8, background: 0.1, prior: 0 },
    lexicon: 1 / 4,
    listedAtMost: 1,
  },
  technique: {
    min: 0.6,
    relativeFloor: 0,
    contrast: "strict",
    roles: { title: 3, own: 1, detail: 0.6, experiments: 0.6, background: 0.3, prior: 0.1 },
    lexicon: 0.6,
    listedAtMost: 9,
  },
  architecture: {
    min: 1,
    relativeFloor: 0.2,
    contrast: "strict",
    roles: { title: 3, own: 1, detail: 0.6, experiments: 0.6, background: 0.3, prior: 0.3 },
    lexicon: 1,
    listedAtMost: 9,
  },
  contribution: {
    min: 1,
    relativeFloor: 0,
    contrast: "loose",
    roles: { title: 3, own: 1, detail: 0.6, experiments: 0.6, background: 0.3, prior: 0.3 },
    lexicon: 0,
    listedAtMost: 9,
  },
};
