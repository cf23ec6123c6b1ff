import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Paper } from "@/lib/paper";
import { CitePanel } from "@/components/cite-panel";
import { CopyLinkButton } from "@/components/copy-link-button";
import { FacetEvidence } from "@/components/facet-evidence";
import { FacetTags } from "@/components/facet-tags";
import { JsonLd } from "@/components/json-ld";
import { AuthorList } from "@/components/author-list";
import { PaperLinks } from "@/components/paper-links";
import { PaperList } from "@/components/paper-list";
import { PaperMeta } from "@/components/paper-meta";
import { SearchUnavailable } from "@/components/search-unavailable";
import { ANSWER_HEADER, paperAnswer, SearchUnavailableError, similarPapers } from "@/lib/search";
import { isSlug } from "@/lib/search/slug";
import { parseSearchState, searchHref } from "@/lib/search-params";
import { siteUrl } from "@/lib/site-url";
import { toBibtex } from "@/lib/citation/bibtex";
import { toCitable, toPaperRecord } from "@/lib/citation/citable";
import { highwireTags, toScholarlyArticle } from "@/lib/citation/scholarly";
import { citationUrl } from "@/lib/export/formats";
import { recordKeywords } from "@/lib/export/records";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// generateMetadata and the page ask for the same paper within one request, which proxy.ts
// has usually asked for already; a path that cannot be a slug is not looked up. An engine
// failure is a value here, so the page can say "unavailable" (proxy.ts gives a 503 while
// the engine is down).
const loadPaper = cache(async (slug: string): Promise<Paper | null | SearchUnavailableError> => {
  if (!isSlug(slug)) return null;
  try {
    return await paperAnswer((await headers()).get(ANSWER_HEADER), slug);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return error;
    throw error;
  }
});

function citable(paper: Paper) {
  const record = toPaperRecord(paper);
  return { record, citable: toCitable(record, recordKeywords(record)) };
}

function description(abstract: string): string {
  return abstract.length > 200 ? `${abstract.slice(0, 197).replace(/\s+\S*$/, "")}…` : abstract;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const paper = await loadPaper(slug);
  if (paper instanceof SearchUnavailableError) return { title: "Search is unavailable" };
  if (!paper) return { title: "Paper not found" };
  const path = `/papers/${paper.slug}`;
  return {
    title: paper.title,
    description: description(paper.abstract),
    alternates: { canonical: path },
    openGraph: { type: "article", title: paper.title, description: description(paper.abstract), url: path, publishedTime: paper.date ?? undefined },
    twitter: { card: "summary_large_image", title: paper.title, description: description(paper.abstract) },
    // Highwire Press tags, read by Google Scholar and reference managers.
    other: highwireTags(citable(paper).citable),
  };
}

/** The search the reader came from (`?from=` as written by a result link), read back through the codec, so only a search URL comes out. */
function backHref(from: string | string[] | undefined): string {
  return typeof from === "string" ? searchHref(parseSearchState(new URLSearchParams(from))) : "/";
}

export default async function PaperPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const back = backHref((await searchParams).from);
  const paper = await loadPaper(slug);
  if (paper instanceof SearchUnavailableError) return <SearchUnavailable />;
  // proxy.ts sends an unknown slug to the server-rendered 404; this covers a paper removed since it looked.
  if (!paper) notFound();
  // Similar papers are a bonus: an engine failing at this point costs the list, not the page.
  const similar = similarPapers(paper).catch((error: unknown) => {
    if (error instanceof SearchUnavailableError) return [];
    throw error;
  });
  const [similarList, origin] = await Promise.all([similar, siteUrl()]);
  const url = new URL(`/papers/${paper.slug}`, origin).toString();
  const cite = citable(paper);

  return (
    <main id="main" tabIndex={-1} className="mx-auto max-w-4xl px-4 pt-6 focus:outline-none">
      <JsonLd data={toScholarlyArticle(cite.citable, url)} />
      <nav className="text-sm">
        <Link href={back} prefetch={false} className="text-sky-700 hover:underline dark:text-sky-400">
          {back === "/" ? "← Search all papers" : "← Back to your search"}
        </Link>
      </nav>
      <article className="mt-4">
        {paper.modelName && (
          <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400" data-testid="model-name">
            {paper.modelName}
          </p>
        )}
        <h1 className="mt-1 text-2xl leading-tight font-bold sm:text-3xl">{paper.title}</h1>
        <AuthorList authors={paper.authors ?? []} />
        <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
          <PaperMeta paper={paper} />
          <CopyLinkButton url={url} />
        </div>
        <PaperLinks paper={paper} />
        <div className="mt-3">
          <FacetTags paper={paper} evidence={paper.evidence} />
        </div>
        <h2 className="mt-6 text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Abstract</h2>
        <p className="mt-2 text-base leading-relaxed text-zinc-800 dark:text-zinc-200" data-testid="abstract">
          {paper.abstract}
        </p>
        <h2 className="mt-8 text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">Why these tags</h2>
        <div className="mt-2">
          <FacetEvidence paper={paper} />
        </div>
      </article>
      <CitePanel slug={paper.slug} bibtex={toBibtex(cite.citable, citationUrl(cite.record, origin))} />
      <PaperList title="Similar papers" papers={similarList} testId="similar" />
    </main>
  );
}
