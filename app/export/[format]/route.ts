import { NextResponse, type NextRequest } from "next/server";
import { apiError, apiFailure } from "@/lib/api-response";
import { describeSearch, searchFileStem } from "@/lib/describe-search";
import { attachment } from "@/lib/export/content-disposition";
import { EXPORT_FORMATS, EXPORT_LIMIT, isExportFormat, renderExport } from "@/lib/export/formats";
import { findParamErrors, parseSearchState, searchHref } from "@/lib/search-params";
import { exportPapers } from "@/lib/search";
import { siteUrl } from "@/lib/site-url";

/**
 * GET /export/{json,csv,bibtex}?…: the result set of a search (the page's parameters and
 * order; `page` is ignored) as a download, at most EXPORT_LIMIT papers. When the set is
 * cut, the headers, the JSON body and the BibTeX header comment say so.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  const { format } = await params;
  if (!isExportFormat(format)) return apiError(404, "not found", [`export formats are ${Object.keys(EXPORT_FORMATS).join(", ")}`]);
  const query = request.nextUrl.searchParams;
  const errors = findParamErrors(query);
  if (errors.length) return apiError(400, "bad request", errors);
  const state = { ...parseSearchState(query), page: 1 };
  try {
    const [{ papers, total }, origin] = await Promise.all([exportPapers(state, EXPORT_LIMIT), siteUrl()]);
    const body = renderExport(format, papers, {
      origin,
      description: describeSearch(state),
      searchUrl: new URL(searchHref(state), origin).toString(),
      total,
      exportedAt: new Date().toISOString(),
    });
    const spec = EXPORT_FORMATS[format];
    return new NextResponse(body, {
      headers: {
        "Content-Type": spec.type,
        "Content-Disposition": attachment(`${searchFileStem(state)}.${spec.extension}`),
        "Cache-Control": "public, max-age=60",
        "X-Total-Count": String(total),
        "X-Export-Count": String(papers.length),
        "X-Export-Truncated": String(papers.length < total),
      },
    });
  } catch (error) {
    return apiFailure(error);
  }
}
