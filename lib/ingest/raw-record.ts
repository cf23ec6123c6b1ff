import type { Source } from "../paper";

/** One paper as read from a dump, before cleaning, classification and merging. */
export interface RawRecord {
  title: string;
  abstract: string;
  source: Source;
  authorCount: number | null;
  organization: string | null;
  date: string | null;
  upvotes: number | null;
}

/** A line or group of lines that could not become a paper, and why. */
export interface Rejection {
  file: string;
  line: number;
  reason: string;
}

export interface ParsedDump {
  file: string;
  layout: "A" | "B";
  records: RawRecord[];
  rejections: Rejection[];
  /** Records kept, but with a field left empty (e.g. a date that could not be resolved). */
  warnings: Rejection[];
}

/** A dump that fits neither layout: the whole file is unusable. */
export class DumpFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = "DumpFormatError";
  }
}
