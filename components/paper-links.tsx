import type { Paper } from "@/lib/paper";
import { paperLinks } from "@/lib/paper-links";
import { SOURCE_NAMES } from "@/lib/ingest/sources/format";

/** The kinds of source the record merges, in the order first read: "from Hugging Face paper listings and the arXiv metadata snapshot". */
function readFrom(paper: Paper): string | null {
  const names = [...new Set(paper.sources.map((s) => SOURCE_NAMES[s.format ?? "listing"]))];
  if (!names.length) return null;
  return `record from ${names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]}`;
}

/** The links out to the paper itself, and what arXiv says of it (id, categories, versions). */
export function PaperLinks({ paper }: { paper: Paper }) {
  const links = paperLinks({ arxivId: paper.arxivId ?? null, title: paper.title, codeUrl: paper.codeUrl, doi: paper.doi ?? null });
  const facts = [
    paper.arxivId && `arXiv:${paper.arxivId}`,
    paper.categories?.length ? paper.categories.join(", ") : null,
    paper.published && `first version ${paper.published}`,
    paper.updated && paper.updated !== paper.published && `revised ${paper.updated}`,
    readFrom(paper),
  ].filter(Boolean);
  return (
    <div className="mt-3">
      <ul className="flex flex-wrap gap-2" aria-label="Read the paper" data-testid="paper-links">
        {links.map((link) => (
          <li key={link.label}>
            <a
              href={link.href}
              title={link.title}
              rel="noopener noreferrer"
              className="inline-flex items-center gap-1 rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium text-sky-800 hover:border-sky-600 hover:bg-sky-50 dark:border-zinc-700 dark:text-sky-300 dark:hover:border-sky-500 dark:hover:bg-sky-950"
            >
              {link.label}
              <span aria-hidden="true">↗</span>
            </a>
          </li>
        ))}
      </ul>
      {facts.length > 0 && (
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400" data-testid="paper-facts">
          {facts.join(" · ")}
        </p>
      )}
    </div>
  );
}
