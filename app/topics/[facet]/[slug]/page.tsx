import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FollowLinks } from "@/components/follow-links";
import { ResultCard } from "@/components/result-card";
import { SearchUnavailable } from "@/components/search-unavailable";
import { TopicCooccurrence } from "@/components/topic-cooccurrence";
import { TopicPagination } from "@/components/topic-nav";
import { YearBars } from "@/components/year-bars";
import { feedAlternates } from "@/lib/feeds/alternates";
import { plural } from "@/lib/format";
import { parseSearchState, searchHref, serializeSearchState } from "@/lib/search-params";
import { searchPapers, SearchUnavailableError, type SearchResult } from "@/lib/search";
import { combinedHref, findTopic, topicHref, topicState } from "@/lib/topics";

type Props = {
  params: Promise<{ facet: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { facet, slug } = await params;
  const { page } = parseSearchState(await searchParams);
  const topic = findTopic(facet, slug);
  if (!topic) return { title: "Topic not found" };
  const title = `${topic.label} — ${topic.facetLabel.toLowerCase()}`;
  const description = `Transformer papers on ${topic.label.toLowerCase()}: ${topic.definition}.`;
  return {
    title,
    description,
    alternates: {
      canonical: `${topicHref(topic.facet, topic.slug)}${page > 1 ? `?page=${page}` : ""}`,
      types: feedAlternates(topicState(topic), `${topic.label} papers`),
    },
    openGraph: { title: `${topic.label} · ${topic.facetLabel}`, description, url: topicHref(topic.facet, topic.slug) },
    twitter: { card: "summary_large_image", title: `${topic.label} · ${topic.facetLabel}`, description },
  };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { facet, slug } = await params;
  const topic = findTopic(facet, slug);
  if (!topic) notFound();
  const { page } = parseSearchState(await searchParams);
  const state = topicState(topic, page);
  let result: SearchResult;
  try {
    result = await searchPapers(state);
  } catch (error) {
    if (error instanceof SearchUnavailableError) return <SearchUnavailable />;
    throw error;
  }
  // A page past the last is not a page of this topic (a stale or hand-edited link).
  if (state.page > result.totalPages) notFound();
  const years = Object.fromEntries(result.facets.year.map((c) => [c.value, c.count]));
  const dated = result.facets.year.reduce((n, c) => n + c.count, 0);
  const path = topicHref(topic.facet, topic.slug);

  return (
    <main className="mx-auto max-w-5xl px-4 pt-6">
      <nav aria-label="Breadcrumb" className="text-sm text-zinc-500 dark:text-zinc-400">
        <Link prefetch={false} href="/topics" className="text-sky-700 hover:underline dark:text-sky-400">
          Topics
        </Link>{" "}
        /{" "}
        <Link prefetch={false} href={`/topics#${topic.facet}`} className="text-sky-700 hover:underline dark:text-sky-400">
          {topic.facetLabel}
        </Link>
      </nav>
      <header className="mt-3">
        <p className="text-sm font-semibold tracking-wide text-sky-700 uppercase dark:text-sky-400">{topic.facetLabel}</p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{topic.label}</h1>
        <p className="mt-2 max-w-3xl text-zinc-700 dark:text-zinc-300" data-testid="topic-definition">
          <span className="font-medium">Definition:</span> {topic.definition}.{" "}
          <span className="text-zinc-500 dark:text-zinc-400">
            ({topic.facetLabel} is {topic.question}.)
          </span>
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-2">
          <p className="text-sm" data-testid="topic-count">
            <strong className="font-semibold">{plural(result.total, "paper")}</strong>
          </p>
          <Link
            prefetch={false}
            href={searchHref({ ...state, page: 1 })}
            className="rounded-md bg-sky-600 px-3 py-1 text-sm font-medium text-white hover:bg-sky-700"
          >
            Search within these papers →
          </Link>
        </div>
        <div className="mt-3">
          <FollowLinks state={state} total={result.total} />
        </div>
      </header>

      <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <section aria-labelledby="years-title" className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
          <h2 id="years-title" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
            Papers per year
          </h2>
          <div className="mt-3">
            <YearBars counts={years} label={`${topic.label}: papers per year`} hrefFor={(year) => combinedHref(topic, { facet: "year", slug: String(year) })} />
          </div>
          {dated < result.total && (
            <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
              {plural(result.total - dated, "paper")} without a year in {result.total - dated === 1 ? "its listing" : "their listings"}.
            </p>
          )}
        </section>
        <TopicCooccurrence topic={topic} counts={result.facets} total={result.total} />
      </div>

      <section aria-labelledby="papers-title" className="mt-8">
        <h2 id="papers-title" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
          Newest papers
        </h2>
        <div id="results">
          {result.hits.map((hit) => (
            <ResultCard key={hit.id} hit={hit} from={serializeSearchState({ ...state, page: 1 })} />
          ))}
        </div>
        <TopicPagination basePath={path} page={state.page} totalPages={result.totalPages} />
      </section>
    </main>
  );
}
