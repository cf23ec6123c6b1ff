import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Transformer Papers",
    short_name: "Transformer Papers",
    description: "Search transformer-architecture papers by words, modality, task and efficiency technique.",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#0284c7",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon", sizes: "180x180", type: "image/png" },
    ],
  };
}
