import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

// The favicon's mark at home-screen size; drawn here so no image file or font is fetched.
export default function AppleIcon() {
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", justifyContent: "center", background: "#0284c7" }}>
      <div style={{ display: "flex", flexDirection: "column", alignItems: "center" }}>
        <div style={{ width: 90, height: 25, background: "#fff" }} />
        <div style={{ width: 25, height: 70, background: "#fff" }} />
      </div>
    </div>,
    size,
  );
}
