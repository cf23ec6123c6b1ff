import { FACET_NAMES, TAXONOMY } from "../taxonomy";
import type { IngestResult } from "./build-papers";

/** The human-readable ingest report printed by `npm run ingest`. */
export function formatReport(result: IngestResult): string {
  const out: string[] = [];
  out.push("Ingest report");
  out.push(`  files read         ${result.filesRead}${result.failedFiles.length ? ` (+${result.failedFiles.length} unreadable)` : ""}`);
  out.push(`  records read       ${result.recordsRead}`);
  out.push(`  unique papers      ${result.papers.length}`);
  out.push(`  duplicates merged  ${result.duplicatesMerged}`);
  out.push(`  rejected           ${result.rejections.length}`);
  for (const f of result.failedFiles) out.push(`  ✗ ${f.file}:${f.line}: ${f.reason}`);
  for (const r of result.rejections) out.push(`  ✗ ${r.file}:${r.line}: ${r.reason}`);
  for (const w of result.warnings) out.push(`  ! ${w.file}:${w.line}: ${w.reason}`);
  for (const facet of FACET_NAMES) {
    out.push("", `  ${TAXONOMY[facet].label} (${facet})`);
    const counts: { slug: string; n: number }[] = TAXONOMY[facet].values.map((v) => ({
      slug: v.slug,
      n: result.papers.filter((p) => (p[facet] as readonly string[]).includes(v.slug)).length,
    }));
    if (facet === "technique") counts.push({ slug: "(none)", n: result.papers.filter((p) => p.technique.length === 0).length });
    for (const { slug, n } of counts.sort((a, b) => b.n - a.n)) out.push(`    ${slug.padEnd(26)} ${String(n).padStart(4)}`);
  }
  return out.join("\n");
}
