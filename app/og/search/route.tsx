import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { OgCard } from "@/components/og-card";
import { describeFilters } from "@/lib/describe-search";
import { plural } from "@/lib/format";
import { parseSearchState } from "@/lib/search-params";
import { exportPapers, SearchUnavailableError } from "@/lib/search";

/** GET /og/search?…: the preview of a shared search, naming its words, filters and how many papers match. */
export async function GET(request: NextRequest) {
  const state = parseSearchState(request.nextUrl.searchParams);
  const found = await exportPapers(state, 1).catch((error: unknown) => {
    if (error instanceof SearchUnavailableError) return null;
    throw error;
  });
  const filters = describeFilters(state);
  const title = state.q ? `“${state.q}”` : filters.length ? "Filtered search" : "Search transformer papers";
  return new ImageResponse(
    <OgCard
      kicker="Transformer Papers · search"
      title={title.length > 90 ? `${title.slice(0, 88)}…”` : title}
      lines={found ? [plural(found.total, "paper")] : []}
      tags={filters}
    />,
    { width: 1200, height: 630, headers: { "Cache-Control": "public, max-age=300" } },
  );
}
