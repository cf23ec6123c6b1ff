import { z } from "zod";
import { DumpFormatError, type ParsedDump, type RawRecord, type Rejection } from "../raw-record";
import { isoDay, normaliseArxivId } from "./arxiv-id";
import { arrayElementLines, jsonError } from "./json-text";

// The shape of https://huggingface.co/api/daily_papers (one object per featured paper); fields
// this catalogue does not use (thumbnail, submittedBy, ai_keywords, …) are allowed and ignored.
const HfAuthor = z.looseObject({ name: z.string().min(1) });
const HfPaper = z.looseObject({
  id: z.string().min(1),
  title: z.string().optional(),
  summary: z.string(),
  authors: z.array(HfAuthor).default([]),
  publishedAt: z.string().optional(),
  upvotes: z.number().int().nonnegative().optional(),
  githubRepo: z.string().nullish(),
});
const HfDailyItem = z.looseObject({
  paper: HfPaper,
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  organization: z.looseObject({ fullname: z.string().optional(), name: z.string().optional() }).nullish(),
});

const issues = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".") || "(item)"}: ${i.message}`).join("; ");

function toRecord(item: z.infer<typeof HfDailyItem>, file: string, line: number): RawRecord | Rejection {
  const { paper } = item;
  const arxivId = normaliseArxivId(paper.id);
  if (!arxivId) return { file, line, reason: `paper.id "${paper.id.slice(0, 40)}" is not an arXiv id` };
  const title = paper.title ?? item.title;
  if (!title) return { file, line, reason: `paper ${arxivId} has no title (neither paper.title nor title)` };
  const published = isoDay(paper.publishedAt);
  return {
    title,
    abstract: paper.summary,
    source: { file, line, format: "hf-daily" },
    layout: "hf-daily",
    authorCount: paper.authors.length || null,
    organization: item.organization?.fullname ?? item.organization?.name ?? null,
    date: published ?? isoDay(item.publishedAt),
    upvotes: paper.upvotes ?? null,
    arxivId,
    authors: paper.authors.map((a) => a.name.trim()).filter(Boolean),
    published,
    codeUrl: paper.githubRepo ?? null,
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
    const record = toRecord(item.data, file, line);
    if ("reason" in record) out.rejections.push(record);
    else out.records.push(record);
  });
  return out;
}
