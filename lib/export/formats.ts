import { toCitable, type PaperRecord } from "../citation/citable";
import { toBibtex, uniqueKeys } from "../citation/bibtex";
import { toCsv } from "./csv";
import { CSV_COLUMNS, recordKeywords, toCsvRow, toExportRecord } from "./records";

/** The most papers one export holds; a larger result set is cut, and every format says so. */
export const EXPORT_LIMIT = 1000;

export const EXPORT_FORMATS = {
  json: { extension: "json", type: "application/json; charset=utf-8", label: "JSON" },
  csv: { extension: "csv", type: "text/csv; charset=utf-8; header=present", label: "CSV" },
  bibtex: { extension: "bib", type: "application/x-bibtex; charset=utf-8", label: "BibTeX" },
} as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

export function isExportFormat(name: string): name is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, name);
}

export interface ExportContext {
  origin: URL;
  /** The search in words and as a link. */
  description: string;
  searchUrl: string;
  total: number;
  exportedAt: string;
}

/** "1,000 of 2,345 papers (the first 1,000 …)" when the set was cut, else null. */
export function truncationNotice(count: number, total: number): string | null {
  if (count >= total) return null;
  return `This export holds the first ${count.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} papers; narrow the search to export the rest.`;
}

function pageUrl(record: PaperRecord, origin: URL): string {
  return new URL(`/papers/${record.slug}`, origin).toString();
}

/** A citation's link: the arXiv abstract page when the paper has one, else its page here. */
export function citationUrl(record: PaperRecord, origin: URL): string {
  const { arxivId } = toCitable(record);
  return arxivId ? `https://arxiv.org/abs/${arxivId}` : pageUrl(record, origin);
}

export function renderExport(format: ExportFormat, papers: PaperRecord[], context: ExportContext): string {
  const notice = truncationNotice(papers.length, context.total);
  if (format === "json") {
    const body = {
      search: context.description,
      url: context.searchUrl,
      exportedAt: context.exportedAt,
      total: context.total,
      count: papers.length,
      truncated: notice !== null,
      ...(notice ? { notice } : {}),
      papers: papers.map((p) => toExportRecord(p, pageUrl(p, context.origin))),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
  }
  if (format === "csv")
    return toCsv(
      CSV_COLUMNS,
      papers.map((p) => toCsvRow(toExportRecord(p, pageUrl(p, context.origin)))),
    );
  const citables = papers.map((p) => toCitable(p, recordKeywords(p)));
  const keys = uniqueKeys(citables);
  // @comment is BibTeX's own comment entry; braces are dropped so it cannot end early.
  const header = [
    `Transformer Papers export: ${context.description}`,
    context.searchUrl,
    `${papers.length} of ${context.total} papers`,
    notice,
    context.exportedAt,
  ]
    .filter(Boolean)
    .join(" | ")
    .replace(/[{}]/g, "");
  return [`@comment{${header}}\n`, ...citables.map((c, i) => toBibtex(c, citationUrl(papers[i], context.origin), { key: keys[i], abstract: true }))].join("\n");
}
