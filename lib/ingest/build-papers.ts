import type { Paper } from "../paper";
import { parseDump, type ParseOptions } from "./parse-dump";
import { PaperPipeline } from "./pipeline";
import { DumpFormatError, type Rejection } from "./raw-record";
import type { RelevanceFilter } from "./sources/relevance";
import type { Verdict } from "./verdicts";

export { PaperPipeline } from "./pipeline";

export interface DumpInput {
  file: string;
  text: string;
  options?: ParseOptions;
  /** Set when the dump or its sidecar could not be read: the file is reported, nothing of it used. */
  error?: { file: string; reason: string };
  /** A snapshot, read line by line from `path` rather than held in `text`. */
  streamed?: boolean;
  path?: string;
  /** What stands for a streamed file's content in the catalogue's hash (its size and time). */
  fingerprint?: string;
}

export interface BuildOptions {
  /** The fingerprint of the classifier, stored on every paper it labels. */
  classifierVersion?: string;
  /** What the arXiv snapshot keeps (categories, architecture cue); the other sources are taken whole. */
  filter?: RelevanceFilter;
}

export interface SkipCounts {
  /** Snapshot records in none of the chosen categories. */
  category: number;
  /** Snapshot records that name no transformer architecture. */
  architecture: number;
}

export interface IngestResult {
  papers: Paper[];
  filesRead: number;
  /** The files read (relative paths): the live index's list of sources. */
  files: string[];
  /** Files that fit no format or could not be read: nothing of them was used. */
  failedFiles: DumpFormatError[];
  /** Records read = indexed + merged + rejected + skipped by the snapshot filter. */
  recordsRead: number;
  duplicatesMerged: number;
  /** The rejected verdicts, as file, line and reason. */
  rejections: Rejection[];
  warnings: Rejection[];
  /** One per record read, in file and line order, but for the papers a stream indexed as it went (counted in `streamedIndexed`). */
  verdicts: Verdict[];
  streamedIndexed: number;
  skipped: SkipCounts;
}

/** Parses a whole input into the pipeline, or reports the file when nothing of it can be used. */
export function addInput(pipeline: PaperPipeline, input: DumpInput): void {
  if (input.error) {
    pipeline.fileFailed(new DumpFormatError(input.error.file, null, input.error.reason));
    return;
  }
  try {
    pipeline.addParsed(parseDump(input.file, input.text, input.options));
  } catch (error) {
    if (!(error instanceof DumpFormatError)) throw error;
    pipeline.fileFailed(error);
  }
}

/**
 * Inputs in, papers out, with every record accounted for: each one read is indexed, merged into
 * another as a duplicate, rejected with file, line and reason, or skipped by the snapshot filter.
 */
export function buildPapers(inputs: DumpInput[], options: BuildOptions = {}): IngestResult {
  const pipeline = new PaperPipeline(options);
  for (const input of inputs) addInput(pipeline, input);
  return pipeline.finish();
}
