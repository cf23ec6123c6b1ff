import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Paper } from "../paper";
import { Architecture, Contribution, Domain, Task, Technique } from "../taxonomy";
import { classify } from "../ingest/classify/classify";
import type { Text } from "../ingest/classify/sentences";
import { cleanText } from "../ingest/clean-text";
import { extractModelName } from "../ingest/model-name";
import { titleKey } from "../ingest/identity";
import type { Labels } from "./score";

/**
 * One hand-labelled paper (labels follow docs/labelling.md). Papers of the dumps are found by
 * title; papers from outside them carry their verbatim arXiv abstract and where it was read.
 */
const LabelledPaper = z.object({
  title: z.string(),
  domain: z.array(Domain).min(1),
  task: z.array(Task).min(1),
  technique: z.array(Technique),
  architecture: z.array(Architecture).min(1),
  contribution: z.array(Contribution).min(1),
  note: z.string().optional(),
  abstract: z.string().min(200).optional(),
  source: z.url().optional(),
  arxivId: z.string().optional(),
});
export type LabelledPaper = z.infer<typeof LabelledPaper>;

/**
 * The parts of the sample: rules are written from `tuning` only; `held-out` (frozen on 1 December)
 * and `held-out-2` (frozen on 2 December) score what the classifier does on papers nobody tuned it on.
 */
export const SAMPLE_PARTS = ["tuning", "held-out", "held-out-2"] as const;
export const HELD_OUT_PARTS = ["held-out", "held-out-2"] as const satisfies readonly SamplePart[];
export type SamplePart = (typeof SAMPLE_PARTS)[number];
export const sampleFile = (part: SamplePart) => path.join(process.cwd(), "tests", "fixtures", "labels", `${part}.jsonl`);

export function readLabelledSample(part: SamplePart, file = sampleFile(part)): LabelledPaper[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      const parsed = LabelledPaper.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

export interface Pair {
  title: string;
  expected: Labels;
  predicted: Labels;
}

const labelsOf = (p: Labels): Labels => ({
  domain: p.domain,
  task: p.task,
  technique: p.technique,
  architecture: p.architecture,
  contribution: p.contribution,
});

/** The title and abstract the classifier reads for each labelled paper; a dump label without its paper is an error. */
export function textsOf(sample: LabelledPaper[], papers: Paper[]): { label: LabelledPaper; expected: Labels; text: Text }[] {
  const byKey = new Map(papers.map((p) => [titleKey(p.title), p]));
  return sample.map((label) => {
    const expected = labelsOf(label);
    if (label.abstract) {
      // Cleaned the way the ingest cleans a dump's text, so both kinds of paper are read alike.
      const title = cleanText(label.title);
      return { label, expected, text: { title, abstract: cleanText(label.abstract, extractModelName(title)) } };
    }
    const paper = byKey.get(titleKey(label.title));
    if (!paper) throw new Error(`labelled paper not found in the dumps: "${label.title}"`);
    return { label, expected, text: { title: paper.title, abstract: paper.abstract } };
  });
}

/** Pairs each labelled paper with what the classifier (or a given variant of it) says of it. */
export function pairWithPapers(sample: LabelledPaper[], papers: Paper[], classifyText: (text: Text) => Labels = classify): Pair[] {
  return textsOf(sample, papers).map(({ label, expected, text }) => ({ title: label.title, expected, predicted: labelsOf(classifyText(text)) }));
}
