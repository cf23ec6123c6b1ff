import { NextResponse, type NextRequest } from "next/server";

// A not-found page receives no params; this header tells the 404 for
// /papers/<slug> which slug was asked for, so it can show close matches.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: "/papers/:slug*" };
