import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseSnapshotLine } from "../ingest/sources/arxiv-snapshot";
import { judgeRelevance, type RelevanceFilter } from "../ingest/sources/relevance";

export const SNAPSHOT_FIXTURE = path.join(process.cwd(), "tests", "fixtures", "sources", "arxiv-metadata-snapshot.jsonl");
export const RELEVANCE_LABELS = path.join(process.cwd(), "tests", "fixtures", "relevance", "snapshot-relevance.jsonl");

/** One snapshot record labelled by reading it: is it a transformer-architecture paper (docs/sources.md says what counts)? */
const RelevanceLabel = z.object({ id: z.string(), relevant: z.boolean(), part: z.enum(["tuning", "held-out"]), note: z.string() });
export type RelevanceLabel = z.infer<typeof RelevanceLabel>;

export interface RelevanceScore {
  part: string;
  records: number;
  relevant: number;
  kept: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Labelled relevant but dropped, and kept though labelled not relevant. */
  missed: string[];
  wronglyKept: string[];
}

/** Precision and recall of the snapshot filter against the labels, per part and over both. */
export function scoreRelevance(filter: RelevanceFilter): RelevanceScore[] {
  const labels = new Map(
    readFileSync(RELEVANCE_LABELS, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => RelevanceLabel.parse(JSON.parse(line)))
      .map((l) => [l.id, l]),
  );
  const judged = readFileSync(SNAPSHOT_FIXTURE, "utf8")
    .split("\n")
    .flatMap((text, i) => {
      const record = parseSnapshotLine("snapshot", i + 1, text);
      if (!record || "reason" in record) return [];
      const label = labels.get(record.arxivId!);
      if (!label) throw new Error(`${RELEVANCE_LABELS}: no label for ${record.arxivId}`);
      return [{ label, title: record.title, kept: judgeRelevance(record, filter).keep }];
    });
  return ["tuning", "held-out", "all"].map((part) => {
    const rows = judged.filter((j) => part === "all" || j.label.part === part);
    const tp = rows.filter((r) => r.kept && r.label.relevant).length;
    const kept = rows.filter((r) => r.kept).length;
    const relevant = rows.filter((r) => r.label.relevant).length;
    return {
      part,
      records: rows.length,
      relevant,
      kept,
      truePositives: tp,
      precision: kept ? tp / kept : 1,
      recall: relevant ? tp / relevant : 1,
      missed: rows.filter((r) => !r.kept && r.label.relevant).map((r) => `${r.label.id} ${r.title}`),
      wronglyKept: rows.filter((r) => r.kept && !r.label.relevant).map((r) => `${r.label.id} ${r.title}`),
    };
  });
}
