import { MATCH_END, MATCH_START } from "@/lib/search/build-query";

/** Renders text whose matches Meilisearch wrapped in markers, as <mark> elements (no HTML is injected). */
export function MarkedText({ text }: { text: string }) {
  const parts = text.split(new RegExp(`(${MATCH_START}[^${MATCH_END}]*${MATCH_END})`));
  return <>{parts.map((part, i) => (part.startsWith(MATCH_START) ? <mark key={i}>{part.slice(1, -1)}</mark> : part))}</>;
}
