import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Paper } from "../paper";
import { FACET_NAMES, type FacetName } from "../taxonomy";
import { titleKey } from "../ingest/identity";
import type { LabelledPaper } from "./labelled-sample";

/**
 * One concept of a query ("linear attention", "speech"). A paper carries it fully when its
 * human label holds one of `labels` (and, with `textRequired`, its text says so too), or, for a
 * concept without labels or with `textRequired` (a model name, "state space"), when its title
 * names it. It is carried in passing when only the title or abstract mentions `text`. Grades never
 * use the classifier's facets.
 */
const Concept = z.object({
  labels: z
    .array(z.string().regex(/^[a-z]+:[a-z0-9-]+$/))
    .min(1)
    .optional(),
  text: z.string().min(1),
  caseSensitive: z.boolean().optional(),
  textRequired: z.boolean().optional(),
});
export type Concept = z.infer<typeof Concept>;

/** `held-out-2`, `held-out-3` and `held-out-4`: frozen sets, each written and committed before any result for it was seen (docs/search-relevance.md). */
export const QUERY_PARTS = ["tuning", "held-out", "held-out-2", "held-out-3", "held-out-4"] as const;
export type QueryPart = (typeof QUERY_PARTS)[number];

const JudgedQuery = z.object({
  query: z.string().min(1),
  part: z.enum(QUERY_PARTS),
  kind: z.enum(["technique", "task", "domain", "model", "typo", "multi"]),
  concepts: z.array(Concept).min(1),
});
export type JudgedQuery = z.infer<typeof JudgedQuery>;

export const QUERIES_FILE = path.join(process.cwd(), "tests", "fixtures", "search", "queries.jsonl");

export function readJudgedQueries(file = QUERIES_FILE): JudgedQuery[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, n }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${n}: not JSON (${(error as Error).message})`);
      }
      const parsed = JudgedQuery.safeParse(json);
      if (!parsed.success) throw new Error(`${file}:${n}: ${parsed.error.issues.map((x) => `${x.path.join(".")}: ${x.message}`).join("; ")}`);
      for (const [c, concept] of parsed.data.concepts.entries()) {
        for (const label of concept.labels ?? []) {
          const [facet] = label.split(":");
          if (!(FACET_NAMES as string[]).includes(facet)) throw new Error(`${file}:${n}: concepts.${c}: "${label}" names no facet`);
        }
        try {
          new RegExp(concept.text);
        } catch (error) {
          throw new Error(`${file}:${n}: concepts.${c}.text: ${(error as Error).message}`);
        }
      }
      return parsed.data;
    });
}

export type Grade = 0 | 1 | 2;

interface JudgedPaper {
  id: string;
  title: string;
  abstract: string;
  labels: Set<string>;
}

/** The catalogue papers with their human labels ("technique:moe"); a label without its paper is an error. */
export function judgedPapers(sample: LabelledPaper[], papers: Paper[]): JudgedPaper[] {
  const byKey = new Map(papers.map((p) => [titleKey(p.title), p]));
  const judged = sample
    .filter((label) => !label.abstract)
    .map((label) => {
      const paper = byKey.get(titleKey(label.title));
      if (!paper) throw new Error(`labelled paper not found in the dumps: "${label.title}"`);
      const labels = new Set(FACET_NAMES.flatMap((f: FacetName) => label[f].map((v) => `${f}:${v}`)));
      return { id: paper.id, title: paper.title, abstract: paper.abstract, labels };
    });
  const missing = papers.length - new Set(judged.map((p) => p.id)).size;
  if (missing > 0) throw new Error(`${missing} catalogue papers have no human label: every paper must be judged`);
  return judged;
}

function gradeConcept(concept: Concept, paper: JudgedPaper): Grade {
  const pattern = new RegExp(concept.text, concept.caseSensitive ? "u" : "iu");
  const mentioned = pattern.test(paper.title) || pattern.test(paper.abstract);
  const labelled = concept.labels?.some((l) => paper.labels.has(l)) ?? false;
  const named = (!concept.labels || concept.textRequired) && pattern.test(paper.title);
  const full = named || (labelled && (!concept.textRequired || mentioned));
  return full ? 2 : mentioned ? 1 : 0;
}

/** 2: every concept carried fully; 1: every concept at least mentioned; 0: a concept missing. */
export function gradePaper(query: JudgedQuery, paper: JudgedPaper): Grade {
  return Math.min(...query.concepts.map((c) => gradeConcept(c, paper))) as Grade;
}

/** Paper id → grade, for the papers with a grade above 0. */
export function judge(query: JudgedQuery, papers: JudgedPaper[]): Map<string, Grade> {
  const grades = new Map<string, Grade>();
  for (const paper of papers) {
    const grade = gradePaper(query, paper);
    if (grade > 0) grades.set(paper.id, grade);
  }
  return grades;
}
