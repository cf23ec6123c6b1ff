import { CopyTextButton } from "./copy-text-button";

/** How to cite a paper: its BibTeX to read and copy, and the same as files (BibTeX, CSL-JSON). */
export function CitePanel({ slug, bibtex }: { slug: string; bibtex: string }) {
  const link = "font-medium text-sky-700 hover:underline dark:text-sky-400";
  return (
    <section aria-labelledby="cite-title" className="mt-8" data-testid="cite">
      <h2 id="cite-title" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        Cite
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <CopyTextButton text={bibtex} label="Copy BibTeX" done="BibTeX copied" />
        <a href={`/papers/${slug}/cite.bib`} download className={link}>
          Download .bib
        </a>
        <a href={`/papers/${slug}/cite.json`} download className={link}>
          Download CSL-JSON
        </a>
      </div>
      <pre
        className="mt-2 overflow-x-auto rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-xs leading-relaxed text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200"
        data-testid="bibtex"
      >
        {bibtex}
      </pre>
    </section>
  );
}
