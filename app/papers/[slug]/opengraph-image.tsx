import { ImageResponse } from "next/og";
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
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#0b1220",
        color: "#f4f4f5",
      }}
    >
      <div style={{ display: "flex", fontSize: 28, color: "#7dd3fc" }}>Transformer Papers{paper?.modelName ? ` · ${paper.modelName}` : ""}</div>
      <div style={{ display: "flex", fontSize: title.length > 90 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", gap: 16 }}>
        {tags.map((t) => (
          <div key={t} style={{ display: "flex", fontSize: 26, padding: "6px 16px", borderRadius: 8, background: "#1e293b", color: "#bae6fd" }}>
            {t}
          </div>
        ))}
      </div>
    </div>,
    size,
  );
}
