import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Paper } from "../paper";
import { Architecture, Contribution, Domain, Task, Technique } from "../taxonomy";
import { titleKey } from "../ingest/identity";
import type { Labels } from "./score";

/** One hand-labelled paper: labels follow the taxonomy's labelling conventions. */
const LabelledPaper = z.object({
  title: z.string(),
  domain: z.array(Domain).min(1),
  task: z.array(Task).min(1),
  technique: z.array(Technique),
  architecture: z.array(Architecture).min(1),
  contribution: z.array(Contribution).min(1),
  note: z.string().optional(),
});
export type LabelledPaper = z.infer<typeof LabelledPaper>;

export const SAMPLE_FILE = path.join(process.cwd(), "tests", "fixtures", "labelled-sample.jsonl");

export function readLabelledSample(file = SAMPLE_FILE): LabelledPaper[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = LabelledPaper.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      return parsed.data;
    });
}

/** Pairs each labelled paper with the classifier's output for it; a label without a paper is an error. */
export function pairWithPapers(sample: LabelledPaper[], papers: Paper[]): { title: string; expected: Labels; predicted: Labels }[] {
  const byKey = new Map(papers.map((p) => [titleKey(p.title), p]));
  return sample.map((label) => {
    const paper = byKey.get(titleKey(label.title));
    if (!paper) throw new Error(`labelled paper not found in the dumps: "${label.title}"`);
    const { title, note, ...expected } = label;
    void note;
    return {
      title,
      expected,
      predicted: { domain: paper.domain, task: paper.task, technique: paper.technique, architecture: paper.architecture, contribution: paper.contribution },
    };
  });
}
