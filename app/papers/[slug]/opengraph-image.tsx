import { ImageResponse } from "next/og";
import { OgCard } from "@/components/og-card";
import { getPaper, SearchUnavailableError } from "@/lib/search";
import { facetLabel } from "@/lib/taxonomy";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Paper preview";

// The preview a chat or social app shows for a shared link: title, model name and tags.
export default async function OpenGraphImage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const paper = await getPaper(slug).catch((error: unknown) => {
    if (error instanceof SearchUnavailableError) return undefined;
    throw error;
  });
  // undefined: the engine did not answer, so the image names the site rather than claiming "not found".
  const title = paper?.title ?? (paper === undefined ? "Transformer Papers" : "Paper not found");
  const tags = paper ? [...paper.domain.map((v) => facetLabel("domain", v)), ...paper.technique.map((v) => facetLabel("technique", v))].slice(0, 4) : [];
  return new ImageResponse(
    <OgCard kicker={`Transformer Papers${paper?.modelName ? ` · ${paper.modelName}` : ""}`} title={title} lines={[]} tags={tags} />,
    size,
  );
}
