import { markedParts } from "@/lib/marks";

/** Renders text whose matches the search wrapped in markers, as <mark> elements over whole words (no HTML is injected). */
export function MarkedText({ text }: { text: string }) {
  return <>{markedParts(text).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
