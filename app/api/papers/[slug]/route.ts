import { NextResponse } from "next/server";
import { getPaper } from "@/lib/search";

/** GET /api/papers/<slug>: one full record, evidence and sources included. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!/^[a-z0-9-]{1,120}$/.test(slug))
    return NextResponse.json({ error: "bad request", messages: ["slug must be lowercase letters, digits and hyphens"] }, { status: 400 });
  const paper = await getPaper(slug);
  if (!paper) return NextResponse.json({ error: "not found", messages: [`no paper with slug "${slug}"`] }, { status: 404 });
  return NextResponse.json(paper);
}
