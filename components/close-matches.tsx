import { headers } from "next/headers";
import { closeMatches, SearchUnavailableError, type PaperSummary } from "@/lib/search";
import { PaperList } from "./paper-list";

/** On a 404 for /papers/<slug>: papers whose titles resemble the slug that was asked for (path from proxy.ts). */
export async function CloseMatches() {
  const path = (await headers()).get("x-pathname") ?? "";
  const slug = /^\/papers\/([a-z0-9-]{1,200})/.exec(path)?.[1];
  // A 404 is still a 404 when the engine is down: it just has no suggestions.
  const papers: PaperSummary[] = slug
    ? await closeMatches(slug).catch((error: unknown) => {
        if (error instanceof SearchUnavailableError) return [];
        throw error;
      })
    : [];
  return <PaperList title="Close matches" papers={papers} testId="close-matches" />;
}
