import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { finished } from "node:stream/promises";
import path from "node:path";
import type { Paper } from "../../lib/paper";
import { titleKey } from "../../lib/ingest/identity";

/**
 * A deterministic corpus of N papers for the benchmark, recombined from the real ones: each synthetic
 * paper keeps the opening of one real abstract (the sentences that carry most of its facets) and takes
 * its later sentences from another, its title from the first half of one real title and the second
 * half of another. Text statistics and facet spread stay those of the real listings; every title is new.
 */

export type Seed = Pick<Paper, "title" | "abstract" | "authorCount" | "organization" | "upvotes">;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** mulberry32: a small seeded generator, so the same N gives the same corpus on every machine. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z])/);

export interface SyntheticPaper {
  title: string;
  abstract: string;
  authorCount: number;
  /** YYYY-MM-DD. */
  date: string;
  /** The layout-B metadata group: `• N authors` or an organisation, `·`, the date line (with upvotes). */
  meta: string[];
}

/** The i-th synthetic paper's parts; titles are made unique by the caller. */
function recombine(seeds: Seed[], next: () => number): SyntheticPaper {
  const at = Math.floor(next() * seeds.length);
  // Another paper than the first, so no synthetic paper is a real one.
  const [a, b] = [seeds[at], seeds[(at + 1 + Math.floor(next() * (seeds.length - 1))) % seeds.length]];
  const head = sentencesOf(a.abstract);
  const keep = Math.max(1, Math.ceil(head.length / 2));
  const tail = sentencesOf(b.abstract).slice(1);
  const extra = Math.max(0, head.length - keep);
  const abstract = [...head.slice(0, keep), ...tail.slice(0, extra)].join(" ");
  const ta = a.title.split(" ");
  const tb = b.title.split(" ");
  const title = [...ta.slice(0, Math.ceil(ta.length / 2)), ...tb.slice(Math.ceil(tb.length / 2))].join(" ");
  const year = 2017 + Math.floor(next() * 9);
  const [month, day] = [Math.floor(next() * 12), 1 + Math.floor(next() * 28)];
  const date = `${MONTHS[month]} ${day}, ${year}`;
  // About as many papers with upvotes as in the listings, and the same spread.
  const upvotes = next() < 0.6 ? Math.floor(Math.exp(next() * 6)) : 0;
  const authorCount = a.authorCount ?? 1 + Math.floor(next() * 12);
  const who = a.organization ?? `• ${authorCount} authors`;
  const iso = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { title, abstract, authorCount, date: iso, meta: [who, "·", upvotes ? `${date} ${upvotes}` : date] };
}

/** N synthetic papers, the same for the same seeds and N. */
export function syntheticPapers(seeds: Seed[], n: number, seed = 12): SyntheticPaper[] {
  if (!seeds.length) throw new Error("no real papers to recombine: data/dumps is empty");
  const next = random(seed);
  const taken = new Set(seeds.map((s) => titleKey(s.title)));
  const out: SyntheticPaper[] = [];
  while (out.length < n) {
    const paper = recombine(seeds, next);
    let title = paper.title;
    for (let k = 2; taken.has(titleKey(title)); k++) title = `${paper.title} (${k})`;
    taken.add(titleKey(title));
    out.push({ ...paper, title });
  }
  return out;
}

const HEADER = ["Get trending papers in your email inbox!", "", "Subscribe", "", "Daily Papers", "", "byAK and the research community", ""];

/** One layout-B listing: the page chrome, then each paper as title, abstract and metadata between blank lines. */
export function layoutB(papers: SyntheticPaper[]): string {
  const lines = [...HEADER];
  for (const p of papers) lines.push(p.title, "", p.abstract, "", ...p.meta.flatMap((m) => [m, ""]));
  return lines.join("\n");
}

/** Writes the corpus as layout-B dump files of `perFile` papers each; returns their paths. */
export function writeSyntheticDumps(dir: string, papers: SyntheticPaper[], perFile = 10_000): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < papers.length; i += perFile) {
    const file = path.join(dir, `synthetic_${String(files.length).padStart(3, "0")}.txt`);
    writeFileSync(file, layoutB(papers.slice(i, i + perFile)));
    files.push(file);
  }
  return files;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** A distinct new-style arXiv id per paper (yymm.nnnnn from 1001 on), for up to ~10 million papers. */
function arxivId(i: number): string {
  const block = Math.floor(i / 99_999);
  const [year, month] = [10 + Math.floor(block / 12), (block % 12) + 1];
  return `${year}${String(month).padStart(2, "0")}.${String((i % 99_999) + 1).padStart(5, "0")}`;
}

/** One line of an arXiv metadata snapshot (arxiv-metadata-oai-snapshot.json) for the i-th paper. */
export function snapshotLine(p: SyntheticPaper, i: number): string {
  const day = new Date(`${p.date}T12:00:00Z`);
  const created = `${DAYS[day.getUTCDay()]}, ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()} 12:00:00 GMT`;
  const authors = Array.from({ length: p.authorCount }, (_, k) => [`Author${(i * 7 + k) % 9973}`, `A.`, ""]);
  return JSON.stringify({
    id: arxivId(i),
    submitter: `${authors[0][1]} ${authors[0][0]}`,
    authors: authors.map(([last, first]) => `${first} ${last}`).join(", "),
    title: p.title,
    comments: null,
    "journal-ref": null,
    doi: null,
    "report-no": null,
    categories: "cs.LG cs.CV",
    license: null,
    abstract: `  ${p.abstract}\n`,
    versions: [{ version: "v1", created }],
    update_date: p.date,
    authors_parsed: authors,
  });
}

/** Writes the corpus as one arXiv snapshot (JSON Lines), as the streamed source reads it; returns its path. */
export async function writeSyntheticSnapshot(file: string, papers: SyntheticPaper[]): Promise<string> {
  const out = createWriteStream(file);
  for (const [i, p] of papers.entries()) if (!out.write(snapshotLine(p, i) + "\n")) await new Promise<void>((r) => out.once("drain", () => r()));
  out.end();
  await finished(out);
  return file;
}
