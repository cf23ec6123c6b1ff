import { z } from "zod";
import { ABSTRACT_MAX, ABSTRACT_MIN, TITLE_MAX, TITLE_MIN, YEAR_MAX, YEAR_MIN } from "./ingest/caps";
import { ROLES } from "./ingest/classify/sentences";
import { SOURCE_FORMATS } from "./ingest/sources/format";
import { Architecture, Contribution, Domain, Task, Technique } from "./taxonomy";

/** Where a record was read: a dump file (relative to the repo), its 1-based line, and what kind of file it is. */
export const Source = z.object({
  file: z.string().min(1),
  line: z.number().int().positive(),
  format: z.enum(["listing", ...SOURCE_FORMATS]).optional(),
});
export type Source = z.infer<typeof Source>;

/** Why a facet value was given: the phrase of the title or abstract that matched. */
export const Evidence = z.object({
  value: z.string(),
  phrase: z.string(),
  // "rule": no phrase matched; the value follows from a labelling convention (e.g. no modality named → general).
  field: z.enum(["title", "abstract", "rule"]),
  /** What the sentence holding the phrase talks about (the paper's own work, its experiments, …). */
  role: z.enum(ROLES).optional(),
  /** The known model or method of the lexicon the phrase names, and what it is. */
  known: z.string().optional(),
  /** The value was kept by the learned layer, which weighed this phrase most. */
  learned: z.boolean().optional(),
});
export type Evidence = z.infer<typeof Evidence>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** A new-style (2103.14030) or old-style (cs/0112017) arXiv identifier, without its version. */
export const ArxivId = z.string().regex(/^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?\/\d{7})$/, "expected an arXiv id such as 2103.14030 or cs/0112017");

/** The fields whose value may come from one source and not another: which file gave each is kept. */
export const PROVENANCE_FIELDS = [
  "arxivId",
  "authors",
  "categories",
  "doi",
  "published",
  "updated",
  "date",
  "upvotes",
  "codeUrl",
  "organization",
  "authorCount",
] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

export const Paper = z.object({
  /** Stable across re-ingests: a hash of the normalised title (and, for a second paper under one title, of its abstract). */
  id: z.string().regex(/^[a-z0-9]{12}$/),
  /** Unique: the title's words, with a suffix from the id where papers would share one. */
  slug: z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  title: z.string().min(TITLE_MIN).max(TITLE_MAX),
  modelName: z.string().min(1).nullable(),
  abstract: z.string().min(ABSTRACT_MIN).max(ABSTRACT_MAX),
  codeUrl: z.url().nullable(),
  hasCode: z.boolean(),
  authorCount: z.number().int().positive().nullable(),
  organization: z.string().min(1).nullable(),
  date: IsoDate.nullable(),
  year: z.number().int().min(YEAR_MIN).max(YEAR_MAX).nullable(),
  upvotes: z.number().int().nonnegative().nullable(),
  arxivId: ArxivId.nullable(),
  /** Names in the order the paper lists them. */
  authors: z.array(z.string().min(1).max(200)).max(5000),
  /** arXiv categories, primary first (cs.LG, cs.CL, …). */
  categories: z.array(z.string().min(1).max(40)).max(50),
  doi: z.string().min(1).max(300).nullable(),
  /** First version on arXiv, and latest, where a source says. */
  published: IsoDate.nullable(),
  updated: IsoDate.nullable(),
  /** Field → the file that gave its value, so a wrong date or count can be traced to its source. */
  provenance: z.partialRecord(z.enum(PROVENANCE_FIELDS), z.string()),
  /** A fingerprint of the classifier that labelled the facets: a new one relabels on rebuild. */
  classifierVersion: z.string().min(1),
  domain: z.array(Domain).min(1),
  task: z.array(Task).min(1),
  technique: z.array(Technique),
  architecture: z.array(Architecture).min(1),
  contribution: z.array(Contribution).min(1),
  evidence: z.object({
    domain: z.array(Evidence),
    task: z.array(Evidence),
    technique: z.array(Evidence),
    architecture: z.array(Evidence),
    contribution: z.array(Evidence),
  }),
  sources: z.array(Source).min(1),
});
export type Paper = z.infer<typeof Paper>;
