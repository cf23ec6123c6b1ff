import { z } from "zod";
import { Architecture, Domain, Task, Technique } from "../taxonomy";

/**
 * One named model or method of the field and what naming it implies. The classifier
 * reads a lexicon hit in a sentence about the paper's own work as evidence for these
 * values ("builds on Swin → Sparse & local attention (known model: Swin)"); search
 * matches the names exactly, never typo-expanded.
 */
export const LexiconEntry = z.object({
  /** Canonical name, shown in evidence. */
  name: z.string().min(2),
  /** Surface forms, matched case-sensitively as whole words; a plural "s" also matches. */
  match: z.array(z.string().min(2)).min(1),
  /** What it is, in a few words (shown beside the evidence). */
  what: z.string().min(3),
  domain: z.array(Domain).default([]),
  task: z.array(Task).default([]),
  technique: z.array(Technique).default([]),
  architecture: z.array(Architecture).default([]),
  /** Ubiquitous backbones (BERT, ViT, GPT-2, ResNet): named in most papers as a testbed, so weak evidence. */
  common: z.boolean().default(false),
  /** Where the facts come from: the paper that introduced it. */
  source: z.string().min(3),
});
export type LexiconEntry = z.infer<typeof LexiconEntry>;
export type LexiconInput = z.input<typeof LexiconEntry>;
