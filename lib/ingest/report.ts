import { FACET_NAMES, TAXONOMY } from "../taxonomy";
import type { IngestResult } from "./build-papers";
import { tally, type Verdict } from "./verdicts";

function verdictLine(v: Verdict): string | null {
  if (v.verdict === "rejected") return `  ✗ ${v.file}:${v.line}: ${v.reason}`;
  if (v.verdict === "merged") return `  = ${v.file}:${v.line}: merged into ${v.into.file}:${v.into.line} (${v.into.slug})`;
  return null;
}

/** The human-readable ingest report printed by `npm run ingest`. */
export function formatReport(result: IngestResult): string {
  const t = tally(result.verdicts);
  const out: string[] = [];
  out.push("Ingest report");
  out.push(`  files read         ${result.filesRead}${result.failedFiles.length ? ` (+${result.failedFiles.length} unreadable)` : ""}`);
  out.push(`  records read       ${t.read} = ${t.indexed} indexed + ${t.merged} merged + ${t.rejected} rejected`);
  out.push(`  unique papers      ${result.papers.length}`);
  for (const f of result.failedFiles) out.push(`  ✗ ${f.message}`);
  for (const v of result.verdicts) {
    const line = verdictLine(v);
    if (line) out.push(line);
  }
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
