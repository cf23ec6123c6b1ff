/**
 * Where proxy.ts rewrites /papers/<slug> for a paper that is not in the catalogue: a path no
 * route matches, so Next.js renders app/not-found.tsx on the server with status 404 (notFound()
 * in the paper page also answers 404, but with an empty shell that only JavaScript fills in:
 * vercel/next.js#62228). The slug stays in the path for the close matches.
 */
export const UNKNOWN_PAPER_PATH = "/unknown-paper";

/**
 * The slug a 404 was asked for, from the path proxy.ts passes on (x-pathname). Only the rewrite's:
 * Next.js renders the not-found boundary into every page's payload, and a paper page's should not
 * search for close matches of a paper it shows.
 */
export function askedSlug(path: string): string | undefined {
  return path.startsWith(`${UNKNOWN_PAPER_PATH}/`) ? /^[a-z0-9-]{1,200}/.exec(path.slice(UNKNOWN_PAPER_PATH.length + 1))?.[0] : undefined;
}
