import { toArxivDocId, toDistinctId, toId, toSlug } from "./identity";
import { bySource, type MergedRecord } from "./merge";

export interface Identity {
  id: string;
  slug: string;
}

const SUFFIX = 6;

function groupBy<T>(items: T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(keyOf(item), [...(groups.get(keyOf(item)) ?? []), item]);
  return [...groups.values()];
}

const firstListed = (a: MergedRecord, b: MergedRecord) => bySource(a.sources[0], b.sources[0]);

/** Ids: a hash of the arXiv id when one is known, else of the title key; a later-listed paper under a title already taken also hashes its abstract. */
function assignIds(papers: MergedRecord[]): Map<MergedRecord, string> {
  const ids = new Map<MergedRecord, string>();
  for (const group of groupBy(papers, (p) => p.key)) {
    group.sort(firstListed).forEach((p, i) => ids.set(p, i === 0 ? toId(p.title) : toDistinctId(p.title, p.firstAbstract)));
  }
  for (const p of papers) if (p.arxivId) ids.set(p, toArxivDocId(p.arxivId));
  return ids;
}

/**
 * Slugs: the title's, cut at 80 characters. Where several papers would share one, the first listed
 * (by file, then line) keeps it and the others get a suffix from their id: stable across re-ingests,
 * whatever order the files come in, and a paper added later never takes an existing paper's URL.
 * A title with no Latin letters or digits gets `paper-<suffix>`.
 */
function assignSlugs(papers: MergedRecord[], ids: Map<MergedRecord, string>): Map<MergedRecord, string> {
  const slugs = new Map<MergedRecord, string>();
  const suffixed: MergedRecord[] = [];
  for (const group of groupBy(papers, (p) => toSlug(p.title))) {
    group.sort(firstListed).forEach((p, i) => (i === 0 && toSlug(p.title) ? slugs.set(p, toSlug(p.title)) : suffixed.push(p)));
  }
  const taken = new Set(slugs.values());
  for (const p of suffixed.sort(firstListed)) {
    const base = toSlug(p.title) || "paper";
    const id = ids.get(p)!;
    const candidates = [`${base}-${id.slice(0, SUFFIX)}`, `${base}-${id}`];
    let slug = candidates.find((c) => !taken.has(c));
    for (let n = 2; !slug; n++) if (!taken.has(`${base}-${id}-${n}`)) slug = `${base}-${id}-${n}`;
    taken.add(slug);
    slugs.set(p, slug);
  }
  return slugs;
}

/** Every paper's id and slug, each unique. */
export function assignIdentities(papers: MergedRecord[]): Map<MergedRecord, Identity> {
  const ids = assignIds(papers);
  const slugs = assignSlugs(papers, ids);
  return new Map(papers.map((p) => [p, { id: ids.get(p)!, slug: slugs.get(p)! }]));
}

/**
 * Slugs for papers met one at a time while a snapshot streams past: the title's slug when no
 * paper has it yet, else a suffix from the id. The slugs of the papers read whole are taken first.
 */
export class StreamedSlugs {
  private readonly taken: Set<string>;
  constructor(reserved: Iterable<string>) {
    this.taken = new Set(reserved);
  }
  identity(record: MergedRecord): Identity {
    const id = record.arxivId ? toArxivDocId(record.arxivId) : toId(record.title);
    const base = toSlug(record.title);
    const candidates = base ? [base] : [];
    const stem = base || "paper";
    candidates.push(`${stem}-${id.slice(0, SUFFIX)}`, `${stem}-${id}`);
    let slug = candidates.find((c) => !this.taken.has(c));
    for (let n = 2; !slug; n++) if (!this.taken.has(`${stem}-${id}-${n}`)) slug = `${stem}-${id}-${n}`;
    this.taken.add(slug);
    return { id, slug };
  }
}
