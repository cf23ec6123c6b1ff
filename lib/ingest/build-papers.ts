import { ZodError } from "zod";
import type { Paper } from "../paper";
import { mergeDuplicates } from "./merge";
import { parseDump, type ParseOptions } from "./parse-dump";
import { DumpFormatError, type Rejection } from "./raw-record";
import { toPaper } from "./to-paper";

export interface DumpInput {
  file: string;
  text: string;
  options?: ParseOptions;
}

export interface IngestResult {
  papers: Paper[];
  filesRead: number;
  /** Files that fit neither layout: nothing of them was used. */
  failedFiles: DumpFormatError[];
  recordsRead: number;
  duplicatesMerged: number;
  rejections: Rejection[];
  warnings: Rejection[];
}

/**
 * Dumps in, papers out, with every record accounted for: each one read is indexed,
 * merged into another as a duplicate, or listed as rejected with file, line and reason.
 */
export function buildPapers(inputs: DumpInput[]): IngestResult {
  const result: IngestResult = { papers: [], filesRead: 0, failedFiles: [], recordsRead: 0, duplicatesMerged: 0, rejections: [], warnings: [] };
  const records = [];
  for (const input of inputs) {
    try {
      const parsed = parseDump(input.file, input.text, input.options);
      result.filesRead++;
      records.push(...parsed.records);
      result.rejections.push(...parsed.rejections);
      result.warnings.push(...parsed.warnings);
    } catch (error) {
      if (!(error instanceof DumpFormatError)) throw error;
      result.failedFiles.push(error);
    }
  }
  result.recordsRead = records.length;
  const { merged, duplicates } = mergeDuplicates(records);
  result.duplicatesMerged = duplicates;
  for (const record of merged) {
    try {
      result.papers.push(toPaper(record));
    } catch (error) {
      if (!(error instanceof ZodError)) throw error;
      const reason = error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      for (const source of record.sources) result.rejections.push({ ...source, reason: `invalid record: ${reason}` });
    }
  }
  result.papers.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title));
  return result;
}
