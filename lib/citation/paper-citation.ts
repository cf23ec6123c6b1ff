import "server-only";
import { NextResponse } from "next/server";
import { apiError, apiFailure } from "../api-response";
import { citationUrl } from "../export/formats";
import { attachment } from "../export/content-disposition";
import { recordKeywords } from "../export/records";
import { getPaper } from "../search";
import { isSlug } from "../search/slug";
import { siteUrl } from "../site-url";
import { toCitable, toPaperRecord, type Citable } from "./citable";

/** A download of one paper's citation, `<slug>.<extension>`; unknown slug: 404. */
export async function citationResponse(slug: string, extension: string, type: string, render: (paper: Citable, url: string) => string): Promise<Response> {
  if (!isSlug(slug)) return apiError(404, "not found", [`no paper has the slug "${slug.slice(0, 120)}"`]);
  try {
    const [paper, origin] = await Promise.all([getPaper(slug), siteUrl()]);
    if (!paper) return apiError(404, "not found", [`no paper has the slug "${slug}"`]);
    const record = toPaperRecord(paper);
    return new NextResponse(render(toCitable(record, recordKeywords(record)), citationUrl(record, origin)), {
      headers: { "Content-Type": type, "Content-Disposition": attachment(`${slug}.${extension}`), "Cache-Control": "public, max-age=300" },
    });
  } catch (error) {
    return apiFailure(error);
  }
}
