import { ROLE_LABELS } from "./ingest/classify/sentences";
import type { Evidence } from "./paper";

const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(iso: string | null): string | null {
  return iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : null;
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : words}`;
}

/**
 * Why a facet value was given, as a reader sees it: the quoted phrase and the sentence it
 * stands in, the known model it names, or the labelling convention that decided it.
 */
export function describeEvidence(evidence: Evidence): string {
  if (evidence.field === "rule") return `${evidence.phrase} (labelling convention)`;
  const where = evidence.role && evidence.role !== "title" ? `${evidence.field}, ${ROLE_LABELS[evidence.role]}` : evidence.field;
  if (evidence.known) return `“${evidence.phrase}” (${where}), a known model — ${evidence.known}`;
  if (evidence.learned) return `“${evidence.phrase}” (${where}; weighed by the learned layer)`;
  return `“${evidence.phrase}” (${where})`;
}
