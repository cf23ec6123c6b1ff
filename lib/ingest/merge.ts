import type { Source } from "../paper";
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
}

function richer<T>(a: T | null, b: T | null): T | null {
  return a ?? b;
}

export function bySource(a: Source, b: Source): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;
}

function start(record: CleanRecord, key: string): MergedRecord {
  const { title, abstract, modelName, authorCount, organization, date, upvotes, source } = record;
  return { title, abstract, modelName, authorCount, organization, date, upvotes, key, firstAbstract: abstract, sources: [source] };
}

/** Each field takes the richest value any listing had: the longest abstract, the highest upvotes, any known date, author count or organisation. */
function fold(seen: MergedRecord, record: CleanRecord): void {
  seen.sources.push(record.source);
  if (record.abstract.length > seen.abstract.length) seen.abstract = record.abstract;
  seen.authorCount = richer(seen.authorCount, record.authorCount);
  seen.organization = richer(seen.organization, record.organization);
  seen.date = richer(seen.date, record.date);
  if (record.upvotes !== null && (seen.upvotes === null || record.upvotes > seen.upvotes)) seen.upvotes = record.upvotes;
}

/**
 * Folds the listings of one paper into one record. Listings are one paper when their titles share
 * a key and their abstracts are the same or nearly so; a same-title listing with another abstract is
 * another paper, kept apart with a warning. Records are taken in source order, so the result does
 * not depend on the order the files came in.
 */
export function mergeDuplicates(records: CleanRecord[]): { merged: MergedRecord[]; warnings: Rejection[] } {
  const byKey = new Map<string, MergedRecord[]>();
  const warnings: Rejection[] = [];
  for (const record of [...records].sort((a, b) => bySource(a.source, b.source))) {
    const key = titleKey(record.title);
    const papers = byKey.get(key) ?? [];
    const same = papers.find((p) => sameAbstract(p.firstAbstract, record.abstract));
    if (same) {
      fold(same, record);
      continue;
    }
    if (papers.length) {
      const first = papers[0].sources[0];
      warnings.push({ ...record.source, reason: `same title as ${first.file}:${first.line} but a different abstract: kept as a separate paper` });
    }
    byKey.set(key, [...papers, start(record, key)]);
  }
  return { merged: [...byKey.values()].flat(), warnings };
}
