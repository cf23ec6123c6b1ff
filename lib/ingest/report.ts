import type { Paper } from "../paper";
import { FACET_NAMES, TAXONOMY, type FacetName } from "../taxonomy";
import type { IngestResult } from "./build-papers";
import { tally, type Verdict } from "./verdicts";

function verdictLine(v: Verdict): string | null {
  if (v.verdict === "rejected") return `  ✗ ${v.file}:${v.line}: ${v.reason}`;
  if (v.verdict === "merged") return `  = ${v.file}:${v.line}: merged into ${v.into.file}:${v.into.line} (${v.into.slug})`;
  return null;
}

/** Papers per facet value, counted as they pass: a streamed run keeps the counts, not the papers. */
export class FacetCounts {
  readonly counts = new Map<string, number>();
  papers = 0;
  add(paper: Paper): void {
    this.papers++;
    for (const facet of FACET_NAMES) {
      const values = paper[facet] as readonly string[];
      if (facet === "technique" && values.length === 0) this.bump(facet, "(none)");
      for (const v of values) this.bump(facet, v);
    }
  }
  private bump(facet: FacetName, slug: string): void {
    const key = `${facet}\0${slug}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  of(facet: FacetName, slug: string): number {
    return this.counts.get(`${facet}\0${slug}`) ?? 0;
  }
}

function recordsLine(result: IngestResult): string {
  const t = tally(result.verdicts);
  const indexed = t.indexed + result.streamedIndexed;
  const skipped = result.skipped.category + result.skipped.architecture;
  const filter = skipped
    ? ` + ${skipped} skipped by the snapshot filter (${result.skipped.category} outside the categories, ${result.skipped.architecture} naming no transformer architecture)`
    : "";
  return `  records read       ${result.recordsRead} = ${indexed} indexed + ${t.merged} merged + ${t.rejected} rejected${filter}`;
}

/** The human-readable ingest report printed by `npm run ingest`; `counted` stands in for the papers of a streamed run. */
export function formatReport(result: IngestResult, counted?: FacetCounts): string {
  const counts = counted ?? new FacetCounts();
  if (!counted) for (const paper of result.papers) counts.add(paper);
  const out: string[] = [];
  out.push("Ingest report");
  out.push(`  files read         ${result.filesRead}${result.failedFiles.length ? ` (+${result.failedFiles.length} unreadable)` : ""}`);
  out.push(recordsLine(result));
  out.push(`  unique papers      ${counts.papers}`);
  for (const f of result.failedFiles) out.push(`  ✗ ${f.message}`);
  for (const v of result.verdicts) {
    const line = verdictLine(v);
    if (line) out.push(line);
  }
  for (const w of result.warnings) out.push(`  ! ${w.file}:${w.line}: ${w.reason}`);
  for (const facet of FACET_NAMES) {
    out.push("", `  ${TAXONOMY[facet].label} (${facet})`);
    const slugs: string[] = TAXONOMY[facet].values.map((v) => v.slug);
    if (facet === "technique") slugs.push("(none)");
    const rows = slugs.map((slug) => ({ slug, n: counts.of(facet, slug) }));
    for (const { slug, n } of rows.sort((a, b) => b.n - a.n)) out.push(`    ${slug.padEnd(26)} ${String(n).padStart(4)}`);
  }
  return out.join("\n");
}
