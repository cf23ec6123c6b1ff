import { titleKey } from "./identity";
import type { RawRecord } from "./raw-record";

export interface MergedRecord extends Omit<RawRecord, "source"> {
  sources: RawRecord["source"][];
}

function richer<T>(a: T | null, b: T | null): T | null {
  return a ?? b;
}

/**
 * Folds the listings of one paper into one record: every source is kept, and each
 * field takes the richest value any listing had (the longest abstract, the highest
 * upvote count, any known date, author count or organisation).
 */
export function mergeDuplicates(records: RawRecord[]): { merged: MergedRecord[]; duplicates: number } {
  const byKey = new Map<string, MergedRecord>();
  for (const record of records) {
    const key = titleKey(record.title);
    const seen = byKey.get(key);
    if (!seen) {
      const { source, ...rest } = record;
      byKey.set(key, { ...rest, sources: [source] });
      continue;
    }
    seen.sources.push(record.source);
    if (record.abstract.length > seen.abstract.length) seen.abstract = record.abstract;
    seen.authorCount = richer(seen.authorCount, record.authorCount);
    seen.organization = richer(seen.organization, record.organization);
    seen.date = richer(seen.date, record.date);
    if (record.upvotes !== null && (seen.upvotes === null || record.upvotes > seen.upvotes)) seen.upvotes = record.upvotes;
  }
  const merged = [...byKey.values()];
  return { merged, duplicates: records.length - merged.length };
}
