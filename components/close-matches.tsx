import { headers } from "next/headers";
import { closeMatches } from "@/lib/search";
import { PaperList } from "./paper-list";

/** On a 404 for /papers/<slug>: papers whose titles resemble the slug that was asked for (path from proxy.ts). */
export async function CloseMatches() {
  const path = (await headers()).get("x-pathname") ?? "";
  const slug = /^\/papers\/([a-z0-9-]{1,200})/.exec(path)?.[1];
  const matches = slug ? await closeMatches(slug) : [];
  if (!matches.length) return null;
  return (
    <section className="mt-6" aria-labelledby="close-matches">
      <h2 id="close-matches" className="text-sm font-semibold tracking-wide text-zinc-500 uppercase">
        Close matches
      </h2>
      <PaperList papers={matches} testId="close-matches" />
    </section>
  );
}
