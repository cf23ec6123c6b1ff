import { readFileSync } from "node:fs";
import path from "node:path";
import type { IngestResult } from "@/lib/ingest/build-papers";

export const HOSTILE_DIR = path.join(process.cwd(), "tests", "fixtures", "hostile");

export function readHostile(name: string): string {
  return readFileSync(path.join(HOSTILE_DIR, name), "utf8");
}

export interface FakePaper {
  title: string;
  abstract: string;
  /** The metadata group's lines (`  • 3 authors`, `·`, `Sep 9, 2025`), if any. */
  meta?: string[];
}

/** A layout-B dump as Hugging Face prints it: chrome, page date, then blank-line separated papers. */
export function layoutB(papers: FakePaper[]): string {
  const out = ["new", "", "Subscribe", "", "Dec 11", ""];
  for (const p of papers) out.push(p.title, "", p.abstract, "", ...(p.meta ? [...p.meta, ""] : []));
  return out.join("\n");
}

/** A plausible abstract: prose with sentence breaks, `words` words long. */
export function prose(seed: string, sentences = 4): string {
  return Array.from({ length: sentences }, (_, i) => `We study ${seed} in setting ${i + 1} and report that it improves accuracy on standard benchmarks.`).join(
    " ",
  );
}

/** The report's identity, per record: read = indexed + merged + rejected, one verdict each. */
export function accounting(result: IngestResult) {
  const count = (v: string) => result.verdicts.filter((x) => x.verdict === v).length;
  return { read: result.recordsRead, verdicts: result.verdicts.length, indexed: count("indexed"), merged: count("merged"), rejected: count("rejected") };
}

export function expectBalanced(result: IngestResult): void {
  const a = accounting(result);
  if (a.verdicts !== a.read || a.indexed + a.merged + a.rejected !== a.read) throw new Error(`accounting does not add up: ${JSON.stringify(a)}`);
  if (a.indexed !== result.papers.length) throw new Error(`${a.indexed} indexed verdicts for ${result.papers.length} papers`);
  if (a.merged !== result.duplicatesMerged || a.rejected !== result.rejections.length)
    throw new Error(`summary counts disagree with verdicts: ${JSON.stringify(a)}`);
}
