import type { ProvenanceField, Source } from "../paper";
import type { CleanRecord } from "./clean-record";
import { titleKey } from "./identity";
import type { Rejection } from "./raw-record";
import { sameAbstract } from "./similar-abstracts";

export interface MergedRecord extends Omit<CleanRecord, "source" | "layout"> {
  /** The title key the listings share. */
  key: string;
  /** The abstract of the first listing: with the title, what tells same-title papers apart. */
  firstAbstract: string;
  /** Every listing, the first (by file, then line) first: the others were merged into it. */
  sources: Source[];
  arxivId: string | null;
  authors: string[];
  categories: string[];
  doi: string | null;
  published: string | null;
  updated: string | null;
  codeUrl: string | null;
  /** Which file gave each field its value. */
  provenance: Partial<Record<ProvenanceField, string>>;
}

export function bySource(a: Source, b: Source): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

const FIELDS = ["arxivId", "doi", "codeUrl", "organization", "date"] as const;

export function startPaper(record: CleanRecord, key: string): MergedRecord {
  const { title, abstract, modelName, authorCount, organization, date, upvotes, source } = record;
  const merged: MergedRecord = {
    title,
    abstract,
    modelName,
    authorCount,
    organization,
    date,
    upvotes,
    key,
    firstAbstract: abstract,
    sources: [source],
    arxivId: record.arxivId ?? null,
    authors: record.authors ?? [],
    categories: record.categories ?? [],
    doi: record.doi ?? null,
    published: record.published ?? null,
    updated: record.updated ?? null,
    codeUrl: record.codeUrl ?? null,
    provenance: {},
  };
  for (const field of [...FIELDS, "published", "updated", "upvotes", "authorCount"] as const)
    if (merged[field] !== null) merged.provenance[field] = source.file;
  if (merged.authors.length) merged.provenance.authors = source.file;
  if (merged.categories.length) merged.provenance.categories = source.file;
  return merged;
}

/**
 * Each field takes the richest value any source had: the longest abstract and author list, the
 * highest upvotes, the earliest first version and the latest revision, any id, DOI, code link,
 * date or organisation; the file that gave it is kept as its provenance.
 */
export function fold(seen: MergedRecord, record: CleanRecord): void {
  const file = record.source.file;
  seen.sources.push(record.source);
  if (record.abstract.length > seen.abstract.length) seen.abstract = record.abstract;
  for (const field of FIELDS) {
    const value = record[field] ?? null;
    if (seen[field] === null && value !== null) {
      seen[field] = value;
      seen.provenance[field] = file;
    }
  }
  const take = <F extends "published" | "updated" | "upvotes" | "authorCount">(
    field: F,
    better: (a: NonNullable<MergedRecord[F]>, b: NonNullable<MergedRecord[F]>) => boolean,
  ) => {
    const value = (record[field] ?? null) as MergedRecord[F];
    const current = seen[field];
    if (value !== null && (current === null || better(value!, current!))) {
      seen[field] = value;
      seen.provenance[field] = file;
    }
  };
  take("published", (a, b) => a < b);
  take("updated", (a, b) => a > b);
  take("upvotes", (a, b) => a > b);
  take("authorCount", (a, b) => a > b);
  if ((record.authors?.length ?? 0) > seen.authors.length) {
    seen.authors = record.authors!;
    seen.provenance.authors = file;
  }
  if (!seen.categories.length && record.categories?.length) {
    seen.categories = record.categories;
    seen.provenance.categories = file;
  }
}

/**
 * Folds the records of one paper into one. Records are one paper when they carry the same arXiv
 * id, or when their titles share a key and their abstracts are the same or nearly so (and no two
 * different ids say otherwise): so a listing without an id joins the arXiv record of its paper.
 * A same-title record with another abstract is another paper, kept apart with a warning.
 */
export class Merger {
  readonly merged: MergedRecord[] = [];
  readonly warnings: Rejection[] = [];
  private readonly byKey = new Map<string, MergedRecord[]>();
  private readonly byId = new Map<string, MergedRecord>();

  /** The paper a record belongs to, if one is known already. */
  find(record: CleanRecord): MergedRecord | undefined {
    const id = record.arxivId ?? null;
    if (id && this.byId.has(id)) return this.byId.get(id);
    const papers = this.byKey.get(titleKey(record.title)) ?? [];
    return papers.find((p) => (p.arxivId === null || id === null || p.arxivId === id) && sameAbstract(p.firstAbstract, record.abstract));
  }

  /** Folds the record into its paper, or starts one; true when it was folded. */
  add(record: CleanRecord): boolean {
    const same = this.find(record);
    if (same) {
      fold(same, record);
      if (same.arxivId) this.byId.set(same.arxivId, same);
      return true;
    }
    const key = titleKey(record.title);
    const papers = this.byKey.get(key) ?? [];
    const clash = papers.find((p) => !(p.arxivId && record.arxivId && p.arxivId !== record.arxivId));
    if (clash) {
      const first = clash.sources[0];
      this.warnings.push({
        file: record.source.file,
        line: record.source.line,
        reason: `same title as ${first.file}:${first.line} but a different abstract: kept as a separate paper`,
      });
    }
    const paper = startPaper(record, key);
    this.byKey.set(key, [...papers, paper]);
    if (paper.arxivId) this.byId.set(paper.arxivId, paper);
    this.merged.push(paper);
    return false;
  }
}

/** Records are taken in source order, so the result does not depend on the order the files came in. */
export function mergeDuplicates(records: CleanRecord[]): { merged: MergedRecord[]; warnings: Rejection[] } {
  const merger = new Merger();
  for (const record of [...records].sort((a, b) => bySource(a.source, b.source))) merger.add(record);
  return { merged: merger.merged, warnings: merger.warnings };
}
