import { ZodError } from "zod";
import type { Paper, Source } from "../paper";
import { assignIdentities, StreamedSlugs, type Identity } from "./assign-identity";
import type { BuildOptions, IngestResult, SkipCounts } from "./build-papers";
import { cleanRecord, type CleanRecord } from "./clean-record";
import { titleKey } from "./identity";
import { bySource, Merger, startPaper, type MergedRecord } from "./merge";
import type { DumpFormatError, ParsedDump, RawRecord, Rejection } from "./raw-record";
import { DEFAULT_FILTER, judgeRelevance, type RelevanceFilter } from "./sources/relevance";
import { toPaper, UNVERSIONED } from "./to-paper";
import type { Target, Verdict } from "./verdicts";

const rejected = (r: Rejection): Verdict => ({ verdict: "rejected", ...r });

function paperOrReason(build: () => Paper): Paper | string {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return `invalid record: ${error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`;
  }
}

/** Where a record was read, as verdicts and warnings name it: file and line. */
const at = ({ file, line }: Source) => ({ file, line });

/** The first source is indexed, every other one merged into it; an invalid paper rejects all its sources. */
function judge(record: MergedRecord, paper: Paper | string): Verdict[] {
  const [first, ...rest] = record.sources.map(at);
  if (typeof paper === "string") {
    return [
      rejected({ ...first, reason: paper }),
      ...rest.map((s) => rejected({ ...s, reason: `duplicate of ${first.file}:${first.line}, rejected: ${paper}` })),
    ];
  }
  const into = { ...first, id: paper.id, slug: paper.slug };
  return [{ verdict: "indexed", ...into }, ...rest.map((s): Verdict => ({ verdict: "merged", ...s, into }))];
}

/**
 * The ingest as a stream: whole inputs (listings, daily papers, Atom feeds) are read and merged
 * first; then streamed records (the snapshot, line by line) either join one of those papers or
 * become papers of their own at once, so a multi-gigabyte snapshot never sits in memory. Every
 * record read ends indexed, merged, rejected (file, line, reason) or counted as skipped by the filter.
 */
export class PaperPipeline {
  private readonly classifierVersion: string;
  private readonly filter: RelevanceFilter;
  private readonly whole: CleanRecord[] = [];
  private readonly verdicts: Verdict[] = [];
  private readonly warnings: Rejection[] = [];
  private readonly failedFiles: DumpFormatError[] = [];
  private readonly files = new Set<string>();
  private readonly merger = new Merger();
  private readonly streamed = new Map<string, Target>();
  private slugs: StreamedSlugs | null = null;
  private streamedIndexed = 0;
  readonly skipped: SkipCounts = { category: 0, architecture: 0 };

  constructor(options: BuildOptions = {}) {
    this.classifierVersion = options.classifierVersion ?? UNVERSIONED;
    this.filter = options.filter ?? DEFAULT_FILTER;
  }

  fileRead(file: string): void {
    this.files.add(file);
  }

  fileFailed(error: DumpFormatError): void {
    this.failedFiles.push(error);
  }

  private clean(raw: RawRecord): CleanRecord | null {
    const result = cleanRecord(raw);
    if (result.ok) return result.record;
    this.verdicts.push(rejected({ ...at(raw.source), reason: result.reason }));
    return null;
  }

  private kept(record: CleanRecord): boolean {
    if (record.layout !== "arxiv-snapshot") return true;
    const verdict = judgeRelevance(record, this.filter);
    if (verdict.keep) return true;
    this.skipped[verdict.by]++;
    return false;
  }

  /** A whole input, before any record streams. */
  addParsed(parsed: ParsedDump): void {
    this.fileRead(parsed.file);
    this.verdicts.push(...parsed.rejections.map(rejected));
    this.warnings.push(...parsed.warnings);
    for (const raw of parsed.records) {
      const record = this.clean(raw);
      if (record) this.whole.push(record);
    }
  }

  private beginStream(): StreamedSlugs {
    if (this.slugs) return this.slugs;
    const sorted = [...this.whole].sort((a, b) => bySource(a.source, b.source));
    for (const record of sorted) if (record.layout !== "arxiv-snapshot") this.merger.add(record);
    // Snapshot records come last, as when streamed: one that joins a listed paper is taken whatever the filter says.
    for (const record of sorted) if (record.layout === "arxiv-snapshot" && (this.merger.find(record) || this.kept(record))) this.merger.add(record);
    this.slugs = new StreamedSlugs([...assignIdentities(this.merger.merged).values()].map((i) => i.slug));
    return this.slugs;
  }

  /**
   * One streamed record: the paper to index now, or null when it joined a paper of the whole inputs
   * (indexed with it at the end), duplicated one already streamed, was rejected or skipped.
   */
  stream(read: RawRecord | Rejection): Paper | null {
    const slugs = this.beginStream();
    if ("reason" in read) {
      this.verdicts.push(rejected(read));
      return null;
    }
    const record = this.clean(read);
    if (!record) return null;
    // A paper the catalogue already lists is enriched by its snapshot record, whatever the filter says.
    const known = this.merger.find(record);
    if (known) {
      this.merger.add(record);
      return null;
    }
    const earlier = record.arxivId ? this.streamed.get(record.arxivId) : undefined;
    if (earlier) {
      this.verdicts.push({ verdict: "merged", ...at(record.source), into: earlier });
      return null;
    }
    if (!this.kept(record)) return null;
    const merged = startPaper(record, titleKey(record.title));
    const identity: Identity = slugs.identity(merged);
    const paper = paperOrReason(() => toPaper(merged, identity, this.classifierVersion));
    if (typeof paper === "string") {
      this.verdicts.push(rejected({ ...at(record.source), reason: paper }));
      return null;
    }
    if (record.arxivId) this.streamed.set(record.arxivId, { ...at(record.source), id: paper.id, slug: paper.slug });
    this.streamedIndexed++;
    return paper;
  }

  /** The papers of the whole inputs (with what streamed records added to them), and the account of every record. */
  finish(): IngestResult {
    this.beginStream();
    const identities = assignIdentities(this.merger.merged);
    const papers: Paper[] = [];
    for (const record of this.merger.merged) {
      const paper = paperOrReason(() => toPaper(record, identities.get(record)!, this.classifierVersion));
      if (typeof paper !== "string") papers.push(paper);
      this.verdicts.push(...judge(record, paper));
    }
    papers.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    this.verdicts.sort(bySource);
    const skipped = this.skipped.category + this.skipped.architecture;
    return {
      papers,
      filesRead: this.files.size,
      files: [...this.files].sort(),
      failedFiles: this.failedFiles,
      recordsRead: this.verdicts.length + this.streamedIndexed + skipped,
      duplicatesMerged: this.verdicts.filter((v) => v.verdict === "merged").length,
      rejections: this.verdicts.flatMap((v) => (v.verdict === "rejected" ? [{ file: v.file, line: v.line, reason: v.reason }] : [])),
      warnings: [...this.warnings, ...this.merger.warnings].sort(bySource),
      verdicts: this.verdicts,
      streamedIndexed: this.streamedIndexed,
      skipped: this.skipped,
    };
  }
}
