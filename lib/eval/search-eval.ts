import path from "node:path";
import type { Paper } from "../paper";
import { bm25Ranker } from "./bm25";
import { readLabelledSample, SAMPLE_PARTS } from "./labelled-sample";
import { meanScores, scoreRanking, type RankingScores } from "./ranking-metrics";
import { judge, judgedPapers, readJudgedQueries, type Grade, type JudgedQuery, type QueryPart } from "./search-judgments";

/** A ranker answers a query with paper ids, best first (at least 50 where it has them). */
export type Ranker = (query: string) => Promise<string[]>;

export interface QueryResult {
  query: JudgedQuery;
  relevant: number;
  fully: number;
  scores: RankingScores;
}

export interface Judged {
  queries: JudgedQuery[];
  grades: Map<string, Map<string, Grade>>;
}

/** The committed queries, judged against every catalogue paper's human label. */
export function judgeQueries(papers: Paper[]): Judged {
  const sample = SAMPLE_PARTS.flatMap((part) => readLabelledSample(part));
  const judged = judgedPapers(sample, papers);
  const queries = readJudgedQueries();
  const grades = new Map(queries.map((q) => [q.query, judge(q, judged)]));
  for (const q of queries) {
    const fully = [...grades.get(q.query)!.values()].filter((g) => g === 2).length;
    if (fully === 0) throw new Error(`query "${q.query}" has no fully relevant paper: its concepts judge nothing`);
  }
  return { queries, grades };
}

export const JUDGMENTS_FILE = path.join(process.cwd(), "tests", "fixtures", "search", "judgments.jsonl");

/** The grades as a reviewable file, one query a line: the titles of grade 2, then of grade 1. */
export function judgmentsSnapshot(judged: Judged, papers: Paper[]): string {
  const title = new Map(papers.map((p) => [p.id, p.title]));
  const withGrade = (q: JudgedQuery, grade: Grade) =>
    [...judged.grades.get(q.query)!]
      .filter(([, g]) => g === grade)
      .map(([id]) => title.get(id)!)
      .sort((a, b) => a.localeCompare(b));
  return judged.queries.map((q) => JSON.stringify({ query: q.query, part: q.part, grade2: withGrade(q, 2), grade1: withGrade(q, 1) }) + "\n").join("");
}

export async function evaluate(judged: Judged, rank: Ranker): Promise<QueryResult[]> {
  const results: QueryResult[] = [];
  for (const query of judged.queries) {
    const grades = judged.grades.get(query.query)!;
    const ranked = await rank(query.query);
    results.push({
      query,
      relevant: grades.size,
      fully: [...grades.values()].filter((g) => g === 2).length,
      scores: scoreRanking(ranked, grades),
    });
  }
  return results;
}

export const bm25Of = (papers: Paper[]): Ranker => {
  const rank = bm25Ranker(papers.map((p) => ({ id: p.id, text: `${p.title} ${p.abstract}` })));
  return async (query) => rank(query);
};

export function partScores(results: QueryResult[], part: QueryPart): RankingScores & { queries: number } {
  const of = results.filter((r) => r.query.part === part);
  return { ...meanScores(of.map((r) => r.scores)), queries: of.length };
}
