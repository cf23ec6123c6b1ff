import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";
import { plural } from "@/lib/format";
import { facetTotals, SearchUnavailableError } from "@/lib/search";
import { findTopic } from "@/lib/topics";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Topic preview";

export default async function TopicImage({ params }: { params: Promise<{ facet: string; slug: string }> }) {
  const { facet, slug } = await params;
  const topic = findTopic(facet, slug);
  const totals = topic
    ? await facetTotals().catch((error: unknown) => {
        if (error instanceof SearchUnavailableError) return null;
        throw error;
      })
    : null;
  const count = topic && totals ? (totals.counts[topic.facet][topic.slug] ?? 0) : null;
  const definition = topic && topic.definition.length > 150 ? `${topic.definition.slice(0, 147).replace(/\s+\S*$/, "")}…` : topic?.definition;
  return new ImageResponse(
    <OgCard
      kicker={`Transformer Papers · ${topic ? `topic: ${topic.facetLabel}` : "topics"}`}
      title={topic?.label ?? "Topic not found"}
      lines={[definition, count !== null ? plural(count, "paper") : null].filter((l): l is string => !!l)}
      tags={[]}
    />,
    size,
  );
}
