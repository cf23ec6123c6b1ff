import { apiError, apiFailure, apiResult } from "@/lib/api-response";
import { getPaper } from "@/lib/search";
import { isSlug } from "@/lib/search/slug";

/** GET /api/papers/<slug>: one full record, evidence and sources included. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isSlug(slug)) return apiError(400, "bad request", ["slug must be lowercase letters and digits joined by single hyphens"]);
  try {
    const paper = await getPaper(slug);
    if (!paper) return apiError(404, "not found", [`no paper with slug "${slug}"`]);
    return apiResult(paper);
  } catch (error) {
    return apiFailure(error);
  }
}
