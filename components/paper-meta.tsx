import { formatDate, plural } from "@/lib/format";
import type { PaperSummary } from "@/lib/search";

/** Date · organisation or author count · upvotes · code, in one dense line. */
export function PaperMeta({ paper }: { paper: PaperSummary }) {
  const items: React.ReactNode[] = [];
  const date = formatDate(paper.date);
  // Most listings give no date; saying so keeps an undated paper from passing for an old or a new one.
  items.push(date ? <time dateTime={paper.date ?? undefined}>{date}</time> : <span data-testid="date-unknown">date unknown</span>);
  if (paper.organization) items.push(<span>{paper.organization}</span>);
  else if (paper.authorCount) items.push(<span>{plural(paper.authorCount, "author")}</span>);
  if (paper.upvotes) items.push(<span title="Upvotes on Hugging Face Papers">▲ {paper.upvotes}</span>);
  if (paper.codeUrl)
    items.push(
      <a href={paper.codeUrl} className="font-medium text-sky-700 hover:underline dark:text-sky-400" rel="noopener noreferrer">
        Code ↗
      </a>,
    );
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-zinc-600 dark:text-zinc-400">
      {items.map((item, i) => (
        <span key={i} className="flex items-center gap-2">
          {i > 0 && <span aria-hidden="true">·</span>}
          {item}
        </span>
      ))}
    </p>
  );
}
