/**
 * The Content-Security-Policy of a page. Next.js reads the nonce from this header on
 * the request and puts it on its own scripts, so no inline script needs
 * 'unsafe-inline'; 'strict-dynamic' lets those scripts load the page's chunks.
 * Development alone needs 'unsafe-eval' (React rebuilds server error stacks with eval).
 */
export function pagePolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For JSON and static files: nothing may run, embed or frame them. */
export const RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Headers every response carries, pages, API and static files alike. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
] as const;
