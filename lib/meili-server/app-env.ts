/**
 * The environment handed to the Next.js server: the search-only key and nothing
 * that could open the index for writing.
 */
export function appEnv(base: NodeJS.ProcessEnv, meiliUrl: string, searchKey: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, MEILI_URL: meiliUrl, MEILI_SEARCH_KEY: searchKey, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.MEILI_MASTER_KEY;
  delete env.MEILI_ADMIN_KEY;
  return env;
}
