import { z } from "zod";
import { cleanLatex } from "../clean-text";
import type { ParsedDump, RawRecord, Rejection } from "../raw-record";
import { arxivRecord, isoDay, normaliseArxivId } from "./arxiv-id";
import { jsonError } from "./json-text";

// One line of arxiv-metadata-oai-snapshot.json (the Kaggle / arXiv OAI dump); the fields read here
// are the ones every line carries, the others (submitter, comments, journal-ref, license, …) are ignored.
const SnapshotLine = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  abstract: z.string(),
  // null, as a re-export writes for a value it lacks, is the same as the field left out.
  authors: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
  authors_parsed: z.array(z.array(z.string())).nullish(),
  categories: z
    .string()
    .nullish()
    .transform((v) => v ?? ""),
  doi: z.string().nullish(),
  versions: z
    .array(z.looseObject({ version: z.string().nullish(), created: z.string() }))
    .nullish()
    .transform((v) => v ?? []),
  update_date: z.string().nullish(),
});

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/** "Last, First, Suffix" triples as names in reading order, with LaTeX accents made letters (Bal\'azs → Balázs). */
function authorNames(parsed: string[][] | null | undefined, raw: string): string[] {
  const names = parsed?.length
    ? parsed.map(([last = "", first = "", suffix = ""]) => [first, last, suffix].filter(Boolean).join(" "))
    : raw.split(/,\s*|\s+and\s+/);
  return names.map((n) => oneLine(cleanLatex(n).replace(/[{}]/g, ""))).filter(Boolean);
}

/** One snapshot line as a record, or why it is not one (bad JSON, a missing field, an id that is not arXiv's). */
export function parseSnapshotLine(file: string, line: number, text: string): RawRecord | Rejection | null {
  if (!text.trim()) return null;
  let json: unknown;
  try {
    // A BOM opens the first line of a file saved by a Windows editor: the encoding's, not JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return { file, line, reason: jsonError(text, error).reason };
  }
  const parsed = SnapshotLine.safeParse(json);
  if (!parsed.success)
    return { file, line, reason: `not a snapshot record: ${parsed.error.issues.map((i) => `${i.path.join(".") || "(line)"}: ${i.message}`).join("; ")}` };
  const r = parsed.data;
  const arxivId = normaliseArxivId(r.id);
  if (!arxivId) return { file, line, reason: `id "${r.id.slice(0, 40)}" is not an arXiv id` };
  const authors = authorNames(r.authors_parsed, r.authors);
  const published = isoDay(r.versions[0]?.created);
  return arxivRecord("arxiv-snapshot", file, line, {
    title: oneLine(r.title),
    abstract: oneLine(r.abstract),
    arxivId,
    authors,
    categories: r.categories.split(/\s+/).filter(Boolean),
    doi: r.doi ? oneLine(r.doi) || null : null,
    published,
    updated: isoDay(r.versions.at(-1)?.created) ?? isoDay(r.update_date),
  });
}

/** A whole snapshot held in memory (a small one, or a test's): the same reader, line by line. */
export function parseSnapshot(file: string, text: string): ParsedDump {
  const out: ParsedDump = { file, layout: "arxiv-snapshot", records: [], rejections: [], warnings: [] };
  text.split("\n").forEach((lineText, i) => {
    const read = parseSnapshotLine(file, i + 1, lineText);
    if (read === null) return;
    if ("reason" in read) out.rejections.push(read);
    else out.records.push(read);
  });
  return out;
}
