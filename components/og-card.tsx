/** The 1200×630 preview a chat or social app shows for a shared link (rendered by next/og, inline styles only). */
export function OgCard({ kicker, title, lines, tags }: { kicker: string; title: string; lines: string[]; tags: string[] }) {
  return (
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
      <div style={{ display: "flex", fontSize: 28, color: "#7dd3fc" }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
        <div style={{ display: "flex", fontSize: title.length > 70 ? 50 : 64, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        {lines.map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 30, color: "#cbd5e1" }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
        {tags.slice(0, 5).map((t) => (
          <div key={t} style={{ display: "flex", fontSize: 26, padding: "6px 16px", borderRadius: 8, background: "#1e293b", color: "#bae6fd" }}>
            {t}
          </div>
        ))}
      </div>
    </div>
  );
}
