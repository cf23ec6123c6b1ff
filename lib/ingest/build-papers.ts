import { ZodError } from "zod";
import type { Paper } from "../paper";
import { assignIdentities } from "./assign-identity";
import { cleanRecord, type CleanRecord } from "./clean-record";
import { bySource, mergeDuplicates, type MergedRecord } from "./merge";
import { parseDump, type ParseOptions } from "./parse-dump";
import { DumpFormatError, type RawRecord, type Rejection } from "./raw-record";
import { toPaper } from "./to-paper";
import type { Verdict } from "./verdicts";

export interface DumpInput {
  file: string;
  text: string;
  options?: ParseOptions;
  /** Set when the dump or its sidecar could not be read: the file is reported, nothing of it used. */
  error?: { file: string; reason: string };
}

export interface IngestResult {
  papers: Paper[];
  filesRead: number;
  /** Files that fit neither layout or could not be read: nothing of them was used. */
  failedFiles: DumpFormatError[];
  /** Records read = verdicts.length = papers + duplicatesMerged + rejections. */
  recordsRead: number;
  duplicatesMerged: number;
  /** The rejected verdicts, as file, line and reason. */
  rejections: Rejection[];
  warnings: Rejection[];
  /** One per record read, in file and line order. */
  verdicts: Verdict[];
}

interface Read {
  records: RawRecord[];
  rejections: Rejection[];
  warnings: Rejection[];
  failedFiles: DumpFormatError[];
  filesRead: number;
}

function readInputs(inputs: DumpInput[]): Read {
  const read: Read = { records: [], rejections: [], warnings: [], failedFiles: [], filesRead: 0 };
  for (const input of inputs) {
    if (input.error) {
      read.failedFiles.push(new DumpFormatError(input.error.file, null, input.error.reason));
      continue;
    }
    try {
      const parsed = parseDump(input.file, input.text, input.options);
      read.filesRead++;
      read.records.push(...parsed.records);
      read.rejections.push(...parsed.rejections);
      read.warnings.push(...parsed.warnings);
    } catch (error) {
      if (!(error instanceof DumpFormatError)) throw error;
      read.failedFiles.push(error);
    }
  }
  return read;
}

const rejected = (r: Rejection): Verdict => ({ verdict: "rejected", ...r });

function cleanAll(records: RawRecord[], verdicts: Verdict[]): CleanRecord[] {
  const clean: CleanRecord[] = [];
  for (const raw of records) {
    const result = cleanRecord(raw);
    if (result.ok) clean.push(result.record);
    else verdicts.push(rejected({ ...raw.source, reason: result.reason }));
  }
  return clean;
}

/** The first listing is indexed, every other one merged into it; an invalid paper rejects all its listings. */
function judge(record: MergedRecord, paper: Paper | string): Verdict[] {
  const [first, ...rest] = record.sources;
  if (typeof paper === "string") {
    return [
      rejected({ ...first, reason: paper }),
      ...rest.map((s) => rejected({ ...s, reason: `duplicate of ${first.file}:${first.line}, rejected: ${paper}` })),
    ];
  }
  const into = { ...first, id: paper.id, slug: paper.slug };
  return [{ verdict: "indexed", ...into }, ...rest.map((s): Verdict => ({ verdict: "merged", ...s, into }))];
}

function paperOrReason(build: () => Paper): Paper | string {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return `invalid record: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  }
}

/**
 * Dumps in, papers out, with every record accounted for: each one read is indexed, merged into
 * another as a duplicate, or rejected with file, line and reason, exactly once.
 */
export function buildPapers(inputs: DumpInput[]): IngestResult {
  const read = readInputs(inputs);
  const verdicts: Verdict[] = read.rejections.map(rejected);
  const { merged, warnings } = mergeDuplicates(cleanAll(read.records, verdicts));
  const identities = assignIdentities(merged);
  const papers: Paper[] = [];
  for (const record of merged) {
    const paper = paperOrReason(() => toPaper(record, identities.get(record)!));
    if (typeof paper !== "string") papers.push(paper);
    verdicts.push(...judge(record, paper));
  }
  papers.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  verdicts.sort(bySource);
  return {
    papers,
    filesRead: read.filesRead,
    failedFiles: read.failedFiles,
    recordsRead: verdicts.length,
    duplicatesMerged: verdicts.filter((v) => v.verdict === "merged").length,
    rejections: verdicts.flatMap((v) => (v.verdict === "rejected" ? [{ file: v.file, line: v.line, reason: v.reason }] : [])),
    warnings: [...read.warnings, ...warnings].sort(bySource),
    verdicts,
  };
}
