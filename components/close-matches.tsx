import { headers } from "next/headers";
import { cache } from "react";
import { closeMatches, SearchUnavailableError, type PaperSummary } from "@/lib/search";
import { askedSlug } from "@/lib/unknown-paper";
import { PaperList } from "./paper-list";

// Next.js renders the not-found page twice in one request (as the route and as the layout's boundary): one search.
const matchesFor = cache((slug: string): Promise<PaperSummary[]> =>
  closeMatches(slug).catch((error: unknown) => {
    // A 404 is still a 404 when the engine is down: it just has no suggestions.
    if (error instanceof SearchUnavailableError) return [];
    throw error;
  }),
);

/** On a 404 for /papers/<slug>: papers whose titles resemble the slug that was asked for (path from proxy.ts). */
export async function CloseMatches() {
  const slug = askedSlug((await headers()).get("x-pathname") ?? "");
  const papers = slug ? await matchesFor(slug) : [];
  return <PaperList title="Close matches" papers={papers} testId="close-matches" />;
}
