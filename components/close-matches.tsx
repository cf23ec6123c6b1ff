import { headers } from "next/headers";
import { closeMatches } from "@/lib/search";
import { PaperList } from "./paper-list";

/** On a 404 for /papers/<slug>: papers whose titles resemble the slug that was asked for (path from proxy.ts). */
export async function CloseMatches() {
  const path = (await headers()).get("x-pathname") ?? "";
  const slug = /^\/papers\/([a-z0-9-]{1,200})/.exec(path)?.[1];
  return <PaperList title="Close matches" papers={slug ? await closeMatches(slug) : []} testId="close-matches" />;
}
