import type { Source } from "../paper";
import type { Layout } from "./detect-layout";
import type { SourceFormat } from "./sources/format";

/** One paper as read from a dump, before cleaning, classification and merging. */
export interface RawRecord {
  title: string;
  abstract: string;
  source: Source;
  /** A: the abstract on the line after its title; B: blank lines or metadata between them; else the JSON or XML source it came from. */
  layout: "A" | "B" | SourceFormat;
  authorCount: number | null;
  organization: string | null;
  date: string | null;
  upvotes: number | null;
  /** What the arXiv and Hugging Face sources add; a listing dump has none of it. */
  arxivId?: string | null;
  authors?: string[];
  categories?: string[];
  doi?: string | null;
  published?: string | null;
  updated?: string | null;
  codeUrl?: string | null;
}

/** A record that could not become a paper, and why; or, as a warning, one kept with a remark. */
export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export interface ParsedDump {
  file: string;
  /** Null when no record could be read (every one was rejected); a source's format for the JSON and XML sources. */
  layout: Layout | SourceFormat | null;
  records: RawRecord[];
  rejections: Rejection[];
  /** Records kept, but with a field left empty (e.g. a date that could not be resolved). */
  warnings: Rejection[];
}

/** A dump that could not be used at all (fits neither layout, or could not be read): nothing of it was used. */
export class DumpFormatError extends Error {
  constructor(
    readonly file: string,
    /** The line where the file stops making sense; null for a file that could not be read. */
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(line === null ? `${file}: ${reason}` : `${file}:${line}: ${reason}`);
    this.name = "DumpFormatError";
  }
}
