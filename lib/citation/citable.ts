import { z } from "zod";
import type { Paper } from "../paper";

/** A paper as exports, feeds and citations read it: the record without its classifier evidence. */
export type PaperRecord = Omit<Paper, "evidence" | "sources"> & Record<string, unknown>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}/);
const Name = z.union([z.string(), z.object({ name: z.string() }).transform((a) => a.name)]).transform((n) => n.trim());

// Authors, arXiv ids and publication dates come with the richer sources; older records lack them.
// They are read defensively, so a record without them (or with a shape not expected) still cites.
const Extras = z.object({
  authors: z.array(Name).optional().catch(undefined),
  arxivId: z
    .string()
    .regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})(v\d+)?$/)
    .optional()
    .catch(undefined),
  published: IsoDay.optional().catch(undefined),
});

export interface Citable {
  title: string;
  slug: string;
  abstract?: string;
  authors: string[];
  arxivId: string | null;
  /** YYYY-MM-DD, or YYYY when only the year is known; null when neither is. */
  date: string | null;
  year: number | null;
  modelName: string | null;
  codeUrl: string | null;
  keywords: string[];
}

export function toCitable(record: PaperRecord, keywords: string[] = []): Citable {
  const extras = Extras.safeParse(record);
  const { authors, arxivId, published } = extras.success ? extras.data : { authors: undefined, arxivId: undefined, published: undefined };
  const day = published?.slice(0, 10) ?? record.date ?? null;
  const year = day ? Number(day.slice(0, 4)) : record.year;
  return {
    title: record.title,
    slug: record.slug,
    abstract: typeof record.abstract === "string" ? record.abstract : undefined,
    authors: (authors ?? []).filter(Boolean),
    arxivId: arxivId ?? null,
    date: day ?? (year ? String(year) : null),
    year: year ?? null,
    modelName: record.modelName,
    codeUrl: record.codeUrl,
    keywords,
  };
}

/** "Ashish Vaswani" → { given: "Ashish", family: "Vaswani" }; one word stays whole. */
export function splitName(name: string): { given?: string; family: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length === 1) return { family: parts[0] };
  // Particles belong to the family name: "Ludwig van Beethoven" → "van Beethoven".
  let i = parts.length - 1;
  while (i > 1 && /^(van|von|der|den|de|del|della|di|da|dos|du|la|le|ter|bin|al)$/i.test(parts[i - 1])) i--;
  return { given: parts.slice(0, i).join(" "), family: parts.slice(i).join(" ") };
}

/** A full paper as a citable record: the classifier's evidence and the dump lines left out. */
export function toPaperRecord(paper: Paper): PaperRecord {
  const { evidence, sources, ...record } = paper;
  void evidence;
  void sources;
  return record;
}
