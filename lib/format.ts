const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(iso: string | null): string | null {
  return iso ? DATE.format(new Date(`${iso}T00:00:00Z`)) : null;
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? word : words}`;
}

/** Why a facet value was given, as a reader sees it: the quoted phrase and where it stands, or the rule. */
export function describeEvidence(evidence: { phrase: string; field: "title" | "abstract" | "rule" }): string {
  return evidence.field === "rule" ? evidence.phrase : `“${evidence.phrase}” (${evidence.field})`;
}
