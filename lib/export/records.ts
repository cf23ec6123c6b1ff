import { toCitable, type PaperRecord } from "../citation/citable";
import { FACET_NAMES, facetLabel } from "../taxonomy";

/** Tags as a reader sees them: each facet value's label. */
export function recordKeywords(record: PaperRecord): string[] {
  return FACET_NAMES.flatMap((facet) => (record[facet] as string[]).map((value) => facetLabel(facet, value)));
}

/** The record as an export shows it: every field the index returns, its page's URL, and authors when known. */
export function toExportRecord(record: PaperRecord, url: string): Record<string, unknown> {
  const { authors, arxivId } = toCitable(record);
  return { ...record, url, ...(authors.length ? { authors } : {}), ...(arxivId ? { arxivId } : {}) };
}

export const CSV_COLUMNS = [
  "id",
  "slug",
  "url",
  "title",
  "modelName",
  "authors",
  "arxivId",
  "date",
  "year",
  "organization",
  "authorCount",
  "upvotes",
  "codeUrl",
  ...FACET_NAMES,
  "abstract",
] as const;

/** One CSV row per paper; a facet's values (slugs) and the authors are joined with "; ". */
export function toCsvRow(record: Record<string, unknown>): (string | number | boolean | null)[] {
  return CSV_COLUMNS.map((column) => {
    const value = record[column];
    if (Array.isArray(value)) return value.join("; ");
    if (value === undefined) return null;
    return value as string | number | boolean | null;
  });
}
