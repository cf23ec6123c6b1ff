import { mkdirSync, writeFileSync } from "node:fs";
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
  /** The layout-B metadata group: `• N authors` or an organisation, `·`, the date line (with upvotes). */
  meta: string[];
}

/** The i-th synthetic paper's parts; titles are made unique by the caller. */
function recombine(seeds: Seed[], next: () => number): SyntheticPaper {
  const pick = () => seeds[Math.floor(next() * seeds.length)];
  const [a, b] = [pick(), pick()];
  const head = sentencesOf(a.abstract);
  const keep = Math.max(1, Math.ceil(head.length / 2));
  const tail = sentencesOf(b.abstract).slice(1);
  const extra = Math.max(0, head.length - keep);
  const abstract = [...head.slice(0, keep), ...tail.slice(0, extra)].join(" ");
  const ta = a.title.split(" ");
  const tb = b.title.split(" ");
  const title = [...ta.slice(0, Math.ceil(ta.length / 2)), ...tb.slice(Math.ceil(tb.length / 2))].join(" ");
  const year = 2017 + Math.floor(next() * 9);
  const date = `${MONTHS[Math.floor(next() * 12)]} ${1 + Math.floor(next() * 28)}, ${year}`;
  // About as many papers with upvotes as in the listings, and the same spread.
  const upvotes = next() < 0.6 ? Math.floor(Math.exp(next() * 6)) : 0;
  const who = a.organization ?? `• ${a.authorCount ?? 1 + Math.floor(next() * 12)} authors`;
  return { title, abstract, meta: [who, "·", upvotes ? `${date} ${upvotes}` : date] };
}

/** N synthetic papers, the same for the same seeds and N. */
export function syntheticPapers(seeds: Seed[], n: number, seed = 12): SyntheticPaper[] {
  if (!seeds.length) throw new Error("no real papers to recombine: data/dumps is empty");
  const next = random(seed);
  const taken = new Set<string>();
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
