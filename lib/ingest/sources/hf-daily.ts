import { z } from "zod";
import { DumpFormatError, type ParsedDump, type RawRecord, type Rejection } from "../raw-record";
import { isoDay, normaliseArxivId } from "./arxiv-id";
import { arrayElementLines, jsonError } from "./json-text";

// The shape of https://huggingface.co/api/daily_papers (one object per featured paper); fields
// this catalogue does not use (thumbnail, submittedBy, ai_keywords, …) are allowed and ignored. What
// makes the record (id, title, abstract) is checked strictly; the optional fields are read when they
// read, and a value of the wrong kind is left out with a warning, never the paper with it.
const HfPaper = z.looseObject({
  id: z.string().min(1),
  title: z.string().optional(),
  summary: z.string(),
  authors: z.unknown().optional(),
  publishedAt: z.unknown().optional(),
  upvotes: z.unknown().optional(),
  githubRepo: z.unknown().optional(),
});
const HfDailyItem = z.looseObject({
  paper: HfPaper,
  title: z.string().optional(),
  publishedAt: z.unknown().optional(),
  organization: z.unknown().optional(),
});

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "(item)"}: ${i.message}`).join("; ");

const Upvotes = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]).pipe(z.number().int().nonnegative());
const Organization = z.looseObject({ fullname: z.string().nullish(), name: z.string().nullish() });
const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const shown = (value: unknown) => JSON.stringify(value)?.slice(0, 40) ?? String(value);

/** The optional fields of one entry, each read on its own: a field that does not read is null, and said so. */
function optionalFields(item: z.infer<typeof HfDailyItem>, warn: (reason: string) => void) {
  const { paper } = item;
  const wrong = (field: string, value: unknown, what: string) => {
    if (value !== undefined && value !== null) warn(`paper ${paper.id}: ${field} ${shown(value)} is not ${what}; left empty`);
    return null;
  };
  const upvotes = Upvotes.safeParse(paper.upvotes);
  const authorList = Array.isArray(paper.authors) ? paper.authors : (wrong("paper.authors", paper.authors, "a list of authors") ?? []);
  const authors = authorList.flatMap((a) => (a && typeof a === "object" ? (text((a as { name?: unknown }).name) ?? []) : []));
  if (authors.length < authorList.length) warn(`paper ${paper.id}: ${authorList.length - authors.length} of paper.authors have no name; left out`);
  const organization = Organization.safeParse(item.organization ?? {});
  const published = isoDay(text(paper.publishedAt)) ?? wrong("paper.publishedAt", paper.publishedAt, "a date");
  return {
    upvotes: upvotes.success ? upvotes.data : wrong("paper.upvotes", paper.upvotes, "a count"),
    authors,
    published,
    date: published ?? isoDay(text(item.publishedAt)),
    codeUrl: text(paper.githubRepo) ?? (typeof paper.githubRepo === "string" ? null : wrong("paper.githubRepo", paper.githubRepo, "a link")),
    organization: organization.success
      ? (text(organization.data.fullname) ?? text(organization.data.name))
      : wrong("organization", item.organization, "an organisation"),
  };
}

function toRecord(item: z.infer<typeof HfDailyItem>, file: string, line: number, warnings: Rejection[]): RawRecord | Rejection {
  const { paper } = item;
  const arxivId = normaliseArxivId(paper.id);
  if (!arxivId) return { file, line, reason: `paper.id "${paper.id.slice(0, 40)}" is not an arXiv id` };
  const title = paper.title ?? item.title;
  if (!title) return { file, line, reason: `paper ${arxivId} has no title (neither paper.title nor title)` };
  const fields = optionalFields(item, (reason) => warnings.push({ file, line, reason }));
  return {
    title,
    abstract: paper.summary,
    source: { file, line, format: "hf-daily" },
    layout: "hf-daily",
    authorCount: fields.authors.length || null,
    organization: fields.organization,
    date: fields.date,
    upvotes: fields.upvotes,
    arxivId,
    authors: fields.authors,
    published: fields.published,
    codeUrl: fields.codeUrl,
  };
}

/** Reads a saved answer of the daily papers API: every element becomes a record or a rejection naming its line. */
export function parseHfDaily(file: string, text: string): ParsedDump {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const { line, reason } = jsonError(text, error);
    throw new DumpFormatError(file, line, reason);
  }
  if (!Array.isArray(json)) throw new DumpFormatError(file, 1, "expected the daily papers API's array of { paper: { id, title, summary, authors } }");
  const lines = arrayElementLines(text);
  const out: ParsedDump = { file, layout: "hf-daily", records: [], rejections: [], warnings: [] };
  json.forEach((element, i) => {
    const line = lines[i] ?? 1;
    const item = HfDailyItem.safeParse(element);
    if (!item.success) {
      out.rejections.push({ file, line, reason: `not a daily papers entry: ${issues(item.error)}` });
      return;
    }
    const record = toRecord(item.data, file, line, out.warnings);
    if ("reason" in record) out.rejections.push(record);
    else out.records.push(record);
  });
  return out;
}
